import { describe, expect, it } from 'vitest';
import { escapePythonRegex, replacementExpression } from '../../../src/remediate/replacementExpression.js';

/** git_filter_repo.py get_replace_text: cut at the last `==>`, then strip a `literal:` prefix. */
function filterRepoReads(line: string): { literal?: string; regex?: string; replacement: string } {
  const at = line.lastIndexOf('==>');
  const [expr, replacement] = [line.slice(0, at), line.slice(at + 3)];
  if (expr.startsWith('regex:')) return { regex: expr.slice(6), replacement };
  return { literal: expr.startsWith('literal:') ? expr.slice(8) : expr, replacement };
}

describe('replacementExpression', () => {
  it.each([
    'abc123', 'ends-with==', 'has==>inside', 'regex:looks-like-a-prefix', 'glob:*', ' spaced ', 'tab\there', 'cr\rinside',
  ])('round-trips %j as a literal that git filter-repo reads back exactly', (secret) => {
    const line = replacementExpression(secret, 'some-rule');
    expect(line).not.toContain('\n');
    expect(filterRepoReads(line!)).toEqual({ literal: secret, replacement: '***REMOVED-some-rule***' });
  });

  it('turns a multi-line key into a one-line regex whose line breaks also match CRLF', () => {
    const line = replacementExpression('-----BEGIN KEY-----\nAB+/=\n-----END KEY-----', 'private-key')!;
    expect(line).toBe('regex:\\-\\-\\-\\-\\-BEGIN\\ KEY\\-\\-\\-\\-\\-\\r?\\nAB\\+\\/\\=\\r?\\n\\-\\-\\-\\-\\-END\\ KEY\\-\\-\\-\\-\\-==>***REMOVED-private-key***');
    expect(filterRepoReads(line).replacement).toBe('***REMOVED-private-key***');
  });

  it('keeps the replacement free of separators and backslashes, refuses unknown bytes', () => {
    expect(replacementExpression('abc', 'odd id==>\\x')).toBe('literal:abc==>***REMOVED-odd-id----x***');
    expect(replacementExpression('ab\uFFFDc', 'r')).toBeNull();
  });

  it('escapes control characters as \\x and leaves non-ASCII as is', () => {
    expect(escapePythonRegex('a\u0001é_9')).toBe('a\\x01é_9');
  });
});
