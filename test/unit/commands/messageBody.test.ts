import { describe, expect, it } from 'vitest';
import { messageBody } from '../../../src/commands/messageBody.js';

const CUT = '------------------------ >8 ------------------------';
const GIT_COMMENT = 'Do not modify or remove the line above.';

describe('messageBody: what git may keep of a commit message file', () => {
  it('drops the scissors line of git commit -v and everything below it', () => {
    const text = `subject\n\nbody\n# ${CUT}\n# ${GIT_COMMENT}\ndiff --git a/x b/x\n+added\n`;
    expect(messageBody(text, '#')).toBe('subject\n\nbody');
  });

  it('keeps everything when the line is not git’s (no comment line after it, CRLF, another comment character, auto)', () => {
    const typed = `subject\n# ${CUT}\nkept by git -m\n`;
    expect(messageBody(typed, '#')).toBe(typed);
    const crlf = `subject\r\n# ${CUT}\r\n# ${GIT_COMMENT}\r\nkept\r\n`;
    expect(messageBody(crlf, '#')).toBe(crlf);
    const other = `subject\n; ${CUT}\n; ${GIT_COMMENT}\nkept\n`;
    expect(messageBody(other, '#')).toBe(other);
    expect(messageBody(other, ';')).toBe('subject');
    const full = `subject\n# ${CUT}\n# ${GIT_COMMENT}\n`;
    expect(messageBody(full, null)).toBe(full);
  });

  it('keeps comment lines: -m and --cleanup=verbatim commit them', () => {
    expect(messageBody('subject\n# a comment\n', '#')).toBe('subject\n# a comment\n');
  });
});
