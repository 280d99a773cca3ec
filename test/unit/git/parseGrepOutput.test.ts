import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { parseGrepOutput } from '../../../src/git/parseGrepOutput.js';

describe('parseGrepOutput', () => {
  it('reads `HEAD:path NUL line NUL text LF` records (git grep -n -z HEAD)', () => {
    // Captured from git 2.39: a CRLF file, a plain match, a file without a final newline.
    const output = 'HEAD:crlf\x001\x00five\r\nHEAD:n.txt\x005\x00five\nHEAD:nonl\x001\x00abc five\n';
    expect(parseGrepOutput(output, 'HEAD:')).toEqual([
      { path: 'crlf', line: 1, text: 'five' },
      { path: 'n.txt', line: 5, text: 'five' },
      { path: 'nonl', line: 1, text: 'abc five' },
    ]);
  });

  it('keeps newlines in paths and NULs in text', () => {
    const output = 'HEAD:dir/new\nline\x0012\x00a\x00b\n';
    expect(parseGrepOutput(output, 'HEAD:')).toEqual([{ path: 'dir/new\nline', line: 12, text: 'a\x00b' }]);
  });

  it('returns nothing for no output and fails closed on anything else', () => {
    expect(parseGrepOutput('', 'HEAD:')).toEqual([]);
    expect(() => parseGrepOutput('HEAD:a\x001\x00no newline', 'HEAD:')).toThrow(KeyguardError);
    expect(() => parseGrepOutput('a:1:text\n', 'HEAD:')).toThrow(KeyguardError);
    expect(() => parseGrepOutput('HEAD:a\x00x\x00text\n', 'HEAD:')).toThrow(KeyguardError);
  });
});
