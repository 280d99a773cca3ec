import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { parseNumstat } from '../../../src/git/parseNumstat.js';

describe('parseNumstat (git diff --numstat -z)', () => {
  it('reads added counts and new paths: plain, renamed (two path records), binary', () => {
    const output = '3\t1\ta.txt\x002\t0\t\x00old name\x00new\tname\n\x00-\t-\tlogo.png\x00';
    expect(parseNumstat(output)).toEqual([
      { added: 3, path: 'a.txt' },
      { added: 2, path: 'new\tname\n' },
      { added: undefined, path: 'logo.png' },
    ]);
    expect(parseNumstat('')).toEqual([]);
  });

  it('fails closed on anything else (no final NUL, a rename cut short, no counts)', () => {
    for (const output of ['3\t1\ta.txt', '2\t0\t\x00old\x00', 'a.txt\x00', '\x00']) {
      expect(() => parseNumstat(output), JSON.stringify(output)).toThrow(KeyguardError);
    }
  });
});
