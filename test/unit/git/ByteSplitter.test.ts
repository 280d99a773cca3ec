import { describe, expect, it } from 'vitest';
import { ByteSplitter } from '../../../src/git/ByteSplitter.js';

describe('ByteSplitter', () => {
  it('carries partial records across chunks and switches delimiter between records', () => {
    const records: string[] = [];
    const splitter = new ByteSplitter(0, (buffer, start, end) => {
      records.push(buffer.toString('utf8', start, end));
      if (end === start) splitter.delimiter = 0x0a;
    });
    for (const chunk of ['a\0b', 'c\0', '\0line 1\nli', 'ne', ' 2\nrest']) splitter.push(Buffer.from(chunk));
    expect(records).toEqual(['a', 'bc', '', 'line 1', 'line 2']);
    expect(splitter.pendingBytes).toBe(4);
  });

  it('does not keep references to the caller’s buffer', () => {
    const records: string[] = [];
    const splitter = new ByteSplitter(0x0a, (buffer, start, end) => records.push(buffer.toString('utf8', start, end)));
    const chunk = Buffer.from('abc');
    splitter.push(chunk);
    chunk.fill(0x78);
    splitter.push(Buffer.from('\n'));
    expect(records).toEqual(['abc']);
  });
});
