/**
 * Keyword pre-filter (gitleaks' design): a rule's regex only runs when one of its keywords occurs in
 * the text, so the common case — a diff without any key-like literal — costs one pass over the text.
 *
 * gitleaks lower-cases the text and runs Aho-Corasick. JavaScript has no Aho-Corasick built in; one
 * case-insensitive alternation regex is V8's closest equivalent. Measured on a 10 MB line with
 * 14 keywords: ~18 ms, against ~55 ms for `toLowerCase()` + one `includes()` per keyword (and no
 * 10 MB copy of the text). Same semantics: keywords are compared case-insensitively.
 */

/** Returns the (lower-case) keywords that occur in a text. */
export type KeywordMatcher = (text: string) => ReadonlySet<string>;

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Longest first: at any position the regex reports the longest keyword found there, and every
 * other keyword found at that same position is a prefix of it.
 */
function alternation(keywords: readonly string[]): RegExp {
  const sorted = [...keywords].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegExp).join('|'), 'gi');
}

export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  const all = [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k !== '');
  const first = alternation(all);
  return (text) => {
    const found = new Set<string>();
    let remaining = all;
    let regex = first;
    let from = 0;
    while (remaining.length > 0) {
      regex.lastIndex = from;
      const match = regex.exec(text);
      if (match === null) break;
      const hit = match[0].toLowerCase();
      for (const keyword of remaining) {
        if (hit.startsWith(keyword)) found.add(keyword);
      }
      // Drop found keywords so a text made of one repeated keyword is still a single pass;
      // resume one code unit on, not past the match, because keywords may overlap (`akiasia`).
      remaining = remaining.filter((k) => !found.has(k));
      regex = alternation(remaining);
      from = match.index + 1;
    }
    return found;
  };
}
