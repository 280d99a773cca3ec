import { describe, expect, it } from 'vitest';
import { addedLines } from '../../../src/detect/addedLines.js';
import { mayBeLfsPointer, parseLfsPointer } from '../../../src/detect/lfsPointer.js';
import { decodeText, textEncoding } from '../../../src/detect/textEncoding.js';

describe('textEncoding', () => {
  it('recognises a UTF-16 BOM before git\'s NUL test, and applies that test otherwise', () => {
    expect(textEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toBe('utf-16le');
    expect(textEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toBe('utf-16be');
    expect(textEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(textEncoding(Buffer.from('plain'))).toBe('utf-8');
    expect(textEncoding(Buffer.from([0x89, 0x50, 0x00]))).toBeNull();
    // Only the first 8000 bytes count (xdiff-interface.c buffer_is_binary).
    expect(textEncoding(Buffer.concat([Buffer.alloc(8000, 0x61), Buffer.from([0])]))).toBe('utf-8');
  });

  it('decodes without the BOM', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]), 'utf-16le')).toBe('a\n');
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x62]), 'utf-16be')).toBe('b');
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x63]), 'utf-8')).toBe('c');
  });
});

describe('addedLines', () => {
  it('gives runs of lines the old text did not have, with new-file line numbers, CR removed', () => {
    expect(addedLines(null, 'a\r\nb\r\n')).toEqual([{ startLine: 1, text: 'a\nb' }]);
    expect(addedLines('a\nb\nc\n', 'x\na\nb\ny\nz\nc\n')).toEqual([{ startLine: 1, text: 'x' }, { startLine: 4, text: 'y\nz' }]);
  });

  it('never reports a line the old text already held, moved or not; a second copy is new', () => {
    expect(addedLines('k\nother\n', 'other\nk\n')).toEqual([]);
    expect(addedLines('k\n', 'k\nk\n')).toEqual([{ startLine: 2, text: 'k' }]);
    expect(addedLines('a\n', '')).toEqual([]);
  });
});

describe('parseLfsPointer', () => {
  const oid = 'ab'.repeat(32);
  const pointer = (...lines: string[]) => `${lines.join('\n')}\n`;

  it('reads the oid and size of a spec v1 pointer, extensions allowed', () => {
    expect(parseLfsPointer(pointer('version https://git-lfs.github.com/spec/v1', `oid sha256:${oid}`, 'size 12345'))).toEqual({ oid, size: 12345 });
    const ext = pointer('version https://git-lfs.github.com/spec/v1', `ext-0-foo sha256:${'cd'.repeat(32)}`, `oid sha256:${oid}`, 'size 1');
    expect(parseLfsPointer(ext)).toEqual({ oid, size: 1 });
  });

  it('rejects anything else', () => {
    expect(parseLfsPointer(pointer('version https://git-lfs.github.com/spec/v1', `oid sha256:${oid}`))).toBeNull();
    expect(parseLfsPointer(pointer('version 2', `oid sha256:${oid}`, 'size 1'))).toBeNull();
    expect(parseLfsPointer(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 1`)).toBeNull();
    expect(parseLfsPointer(pointer('version https://git-lfs.github.com/spec/v1', `oid sha256:${oid}`, 'size 1', 'Not a key: value'))).toBeNull();
    expect(mayBeLfsPointer(`oid sha256:${oid}`)).toBe(true);
    expect(mayBeLfsPointer('plain text')).toBe(false);
  });

  it('pre-filters added text only as long as a pointer can be: the longest pointer passes, longer text is not searched', () => {
    const extensions = Array.from({ length: 11 }, (_, i) => `ext-${i}-x sha256:${'cd'.repeat(32)}`);
    const longest = pointer('version https://git-lfs.github.com/spec/v1', ...extensions, `oid sha256:${oid}`, `size ${'9'.repeat(15)}`);
    expect(longest.length).toBeGreaterThan(1000);
    expect(parseLfsPointer(longest)).not.toBeNull();
    // What the diff hands over: the added lines without the last newline.
    expect(mayBeLfsPointer(longest.slice(0, -1))).toBe(true);
    // 1024 characters hold at least 1024 bytes: never a pointer, whatever it contains.
    expect(parseLfsPointer(`${'x'.repeat(1000)}\n${longest}`)).toBeNull();
    expect(mayBeLfsPointer(`${'x'.repeat(1024)}\noid sha256:${oid}`)).toBe(false);
  });
});
