/**
 * Whether a text holds any of a list of keywords (ASCII, case-insensitive), for the one question a
 * hook run asks before building the rules (commands/LazyScan.ts): does anything here need them?
 *
 * Not the Aho-Corasick matcher (keywords.ts): building its automaton for the catalog's ~600
 * keywords takes ~5–7 ms of a start-up that a typical commit (no keyword, npm run bench case a)
 * spends on nothing else. This one indexes the keywords by their first two characters: building
 * it is one pass over the list, and a text costs a table lookup per character, plus a comparison
 * where two characters open a keyword.
 */

/** Keywords are ASCII (checked below); a pair of ASCII codes indexes `heads`. */
const ASCII = 128;

export type AnyKeyword = (text: string) => boolean;

export function anyKeyword(keywords: readonly string[]): AnyKeyword {
  const all = [...new Set(keywords.map((k) => k.toLowerCase()))];
  const nonAscii = all.find((k) => /[^\x00-\x7f]/.test(k));
  if (nonAscii !== undefined) throw new Error(`keyword must be ASCII: ${JSON.stringify(nonAscii)}`);
  if (all.some((k) => k.length < 2)) return anyShortKeyword(all);
  /** By the pair of (lower-case) codes a keyword opens with: the keywords that do. */
  const byHead: (string[] | undefined)[] = [];
  const heads = new Uint8Array(ASCII * ASCII);
  for (const keyword of all) {
    const head = keyword.charCodeAt(0) * ASCII + keyword.charCodeAt(1);
    heads[head] = 1;
    (byHead[head] ??= []).push(keyword);
  }
  return (text) => {
    const last = text.length - 1;
    for (let i = 0; i < last; i++) {
      const first = fold(text.charCodeAt(i));
      const second = fold(text.charCodeAt(i + 1));
      if (first >= ASCII || second >= ASCII || heads[first * ASCII + second] === 0) continue;
      for (const keyword of byHead[first * ASCII + second]!) if (startsAt(text, i, keyword)) return true;
    }
    return false;
  };
}

/** ASCII upper-case letters to lower case; every other code unit as it is. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Whether the lower-case ASCII `keyword` occurs at `at` in `text`, ASCII case folded. */
function startsAt(text: string, at: number, keyword: string): boolean {
  if (at + keyword.length > text.length) return false;
  for (let k = 2; k < keyword.length; k++) if (fold(text.charCodeAt(at + k)) !== keyword.charCodeAt(k)) return false;
  return true;
}

/** With a one-character keyword (none built in; custom rules may have one), a plain search. */
function anyShortKeyword(keywords: readonly string[]): AnyKeyword {
  return (text) => {
    const lower = text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
    return keywords.some((keyword) => lower.includes(keyword));
  };
}
