/**
 * One line of a `git filter-repo --replace-text` expressions file (git-filter-repo(1)
 * "--replace-text"; parsed by get_replace_text in git_filter_repo.py): `literal:<text>` or
 * `regex:<Python bytes regex>`, then `==>` and the replacement. The line is cut at its *last*
 * `==>` and only a trailing CR/LF is stripped, so any single-line secret can follow `literal:`.
 * A multi-line secret (a PEM private key) cannot: it becomes a regex whose line breaks match
 * `\r?\n`, since keyguard reads lines without their CR and the blob may have CRLF endings.
 * The result holds the secret itself: it is only ever written to the 0600 file of `keyguard scrub`.
 */
export function replacementExpression(secret: string, ruleId: string): string | null {
  // U+FFFD stands for bytes that were not valid UTF-8: the original bytes are unknown.
  if (secret.includes('\uFFFD') || secret === '') return null;
  const replacement = `***REMOVED-${ruleId.replace(/[^A-Za-z0-9_-]/g, '-')}***`;
  if (!secret.includes('\n')) return `literal:${secret}==>${replacement}`;
  return `regex:${escapePythonRegex(secret)}==>${replacement}`;
}

/**
 * Python `re` escaping for a bytes pattern: letters, digits and `_` stand for themselves, any
 * other ASCII character may be escaped with a backslash (Python docs, re "\\"), control
 * characters are written as `\xhh`, non-ASCII characters stay as their UTF-8 bytes (literal in a
 * bytes pattern). An escaped `=` or `>` can never form the `==>` separator.
 */
export function escapePythonRegex(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\n') out += '\\r?\\n';
    else if (/^[A-Za-z0-9_]$/.test(ch) || ch.codePointAt(0)! > 0x7f) out += ch;
    else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += `\\${ch}`;
  }
  return out;
}
