import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { BatchOutput } from '../../../src/git/BatchOutput.js';
import { MAX_CONTENT_BYTES, type BlobContent } from '../../../src/git/blobContent.js';

const ID = 'c9e9e05f445e6b772f19fea1449759b7458a446e';

function parse(chunks: readonly Buffer[]): BlobContent[] {
  const seen: BlobContent[] = [];
  const output = new BatchOutput((index, content) => {
    expect(index).toBe(seen.length);
    seen.push(content);
  });
  for (const chunk of chunks) output.push(chunk);
  output.end();
  return seen;
}

const object = (content: Buffer) => Buffer.concat([Buffer.from(`${ID} blob ${content.length}\n`), content, Buffer.from('\n')]);

describe('BatchOutput (git cat-file --batch)', () => {
  it('splits objects at any chunk boundary and classifies each', () => {
    const whole = Buffer.concat([
      object(Buffer.from('text\nmore\n')),
      Buffer.from(`${ID} missing\n`),
      object(Buffer.from([0xff, 0xfe, 0x61, 0x00])),
      object(Buffer.from([1, 0, 2])),
      object(Buffer.alloc(0)),
    ]);
    const byte = parse([...whole].map((b) => Buffer.of(b)));
    expect(byte.map((c) => c.kind)).toEqual(['text', 'missing', 'text', 'binary', 'text']);
    expect(parse([whole])).toEqual(byte);
    expect(byte[0]).toMatchObject({ encoding: 'utf-8', bytes: Buffer.from('text\nmore\n') });
    expect(byte[2]).toMatchObject({ encoding: 'utf-16le' });
  });

  it('keeps only the head of an object over the limit: binary, or text too large to read whole', () => {
    const size = MAX_CONTENT_BYTES + 1;
    const header = (s: number) => Buffer.from(`${ID} blob ${s}\n`);
    const text = parse([header(size), Buffer.alloc(size, 0x61), Buffer.from('\n')]);
    expect(text).toEqual([{ kind: 'too-large', size }]);
    const binary = parse([header(size), Buffer.alloc(size, 0), Buffer.from('\n')]);
    expect(binary).toEqual([{ kind: 'binary' }]);
  });

  it('passes over an object the caller does not want, keeping its place', () => {
    const seen: BlobContent[] = [];
    const output = new BatchOutput((_index, content) => seen.push(content), (index) => index !== 0);
    output.push(Buffer.concat([object(Buffer.from('old text\n')), object(Buffer.from('new\n'))]));
    expect(output.end()).toBe(2);
    expect(seen).toEqual([{ kind: 'missing' }, { kind: 'text', encoding: 'utf-8', bytes: Buffer.from('new\n') }]);
  });

  it('fails closed on output cut mid-object or not in the batch format', () => {
    expect(() => parse([Buffer.from(`${ID} blob 10\nabc`)])).toThrow(KeyguardError);
    expect(() => parse([Buffer.from('garbage\n')])).toThrow(KeyguardError);
    expect(() => parse([Buffer.from(`${ID} blob 1\naX`)])).toThrow(KeyguardError);
  });
});
