import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { parseRawEntry } from '../../../src/git/parseRawEntry.js';

const A = 'c9e9e05f445e6b772f19fea1449759b7458a446e';
const B = '6bfbf55d23f8e97c04f0599f6ef50324488b6d8f';

describe('parseRawEntry', () => {
  it('reads modes, blob ids, status and how many paths follow', () => {
    const ids = { srcId: A, dstId: B };
    expect(parseRawEntry(`:100644 100644 ${A} ${B} M`)).toEqual({ srcMode: 0o100644, dstMode: 0o100644, ...ids, status: 'M', pathCount: 1 });
    expect(parseRawEntry(`:100644 100644 ${A} ${B} R087`)).toEqual({ srcMode: 0o100644, dstMode: 0o100644, ...ids, status: 'R', pathCount: 2 });
    expect(parseRawEntry(`:100644 100644 ${A} ${B} C100`).pathCount).toBe(2);
    expect(parseRawEntry(`:000000 160000 ${'0'.repeat(40)} ${B} A`)).toMatchObject({ srcMode: 0, dstMode: 0o160000 });
  });

  it('accepts SHA-256 object names', () => {
    expect(parseRawEntry(`:100644 100644 ${'a'.repeat(64)} ${'b'.repeat(64)} M`).status).toBe('M');
  });

  it('rejects anything else (abbreviated names, junk)', () => {
    expect(() => parseRawEntry(`:100644 100644 c9e9e05 6bfbf55 M`)).toThrow(KeyguardError);
    expect(() => parseRawEntry('M\tfile')).toThrow(KeyguardError);
  });
});
