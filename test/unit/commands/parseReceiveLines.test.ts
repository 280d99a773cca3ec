import { describe, expect, it } from 'vitest';
import { parseReceiveLines } from '../../../src/commands/parseReceiveLines.js';

const A = 'a'.repeat(40);
const Z = '0'.repeat(40);
const B = 'b'.repeat(64);

describe('parseReceiveLines', () => {
  it('reads githooks(5) pre-receive lines: updates, creations, deletions, SHA-1 and SHA-256', () => {
    expect(parseReceiveLines(`${A} ${A} refs/heads/main\n${Z} ${A} refs/tags/v1\n${A} ${Z} refs/heads/old\n${B} ${B} refs/heads/x\n`)).toEqual([
      { oldId: A, newId: A, ref: 'refs/heads/main' },
      { oldId: Z, newId: A, ref: 'refs/tags/v1' },
      { oldId: A, newId: Z, ref: 'refs/heads/old' },
      { oldId: B, newId: B, ref: 'refs/heads/x' },
    ]);
    // git passes at least one line: none is lost input, never "nothing to check".
    expect(() => parseReceiveLines('')).toThrow(/no ref lines/);
  });

  it.each([`${A} refs/heads/main`, `${A} ${B} refs/heads/main`, `${A} ${A}`, `${A} ${A} refs/heads/a b`, `${A} ${A} refs/heads/main\r`, `refs/heads/main ${A} ${A}`, ''])(
    'fails closed on %j',
    (line) => expect(() => parseReceiveLines(`${line}\n`)).toThrow(/line 1 of git's pre-receive input/),
  );
});
