import { describe, expect, it } from 'vitest';
import { markdownLink, markdownText } from '../../../src/report/markdownText.js';

describe('markdownText', () => {
  it('keeps a table row one row and one cell whatever a file name holds', () => {
    const cell = markdownText('a|b\nc\r`d`<img src=x>[l](u)@user $x$ *e* _f_');
    expect(cell).not.toMatch(/[\n\r]/);
    expect(cell.split(/(?<!\\)\|/)).toHaveLength(1);
    // displayPath's `\n` (a backslash and an n) keeps its backslash escaped: it renders as `\n`.
    expect(cell).toBe('a\\|b\\\\nc\\\\r\\`d\\`\\<img src=x\\>\\[l\\]\\(u\\)\\@user \\$x\\$ \\*e\\* \\_f\\_');
  });

  it('shows bidi controls escaped (Trojan Source), as the terminal report does', () => {
    expect(markdownText('a\u202eb')).toBe('a\\\\u\\{202e\\}b');
  });

  it('links only plain https URLs', () => {
    expect(markdownLink('Revoke it', 'https://example.com/keys')).toBe('[Revoke it](https://example.com/keys)');
    expect(markdownLink('Revoke it', 'javascript:alert(1)')).toBe('Revoke it javascript\\:alert\\(1\\)');
    expect(markdownLink('Revoke it', 'https://x.com/a) [y](z')).not.toMatch(/^\[/);
  });
});
