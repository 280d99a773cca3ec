/**
 * Regex sources for context-bound rules: a value that is only a secret next to a label
 * (`MISTRAL_API_KEY=…`) or near a provider's name (DeepSeek's `sk-` + 32 hex, which DashScope keys
 * share). Labels are matched in any case without the `i` flag, which would also relax the secret's
 * own character class (`[0-9a-f]` would accept upper-case hex).
 */

/** Characters with a meaning in a regex source, escaped by anyCase. */
const REGEX_SYNTAX = '.*+?^${}()|[]\\';

/** Words already spelled by anyCase: rule modules ask for the same few (`api`, `key`, …) hundreds of times. */
const spelled = new Map<string, string>();

/** `mistral` → `[Mm][Ii][Ss]…`: the letters of `word` in either case. */
export function anyCase(word: string): string {
  let source = spelled.get(word);
  if (source === undefined) {
    source = '';
    for (const c of word) {
      const upper = c.toUpperCase();
      const lower = c.toLowerCase();
      source += upper === lower ? (REGEX_SYNTAX.includes(c) ? `\\${c}` : c) : `[${upper}${lower}]`;
    }
    spelled.set(word, source);
  }
  return source;
}

/**
 * Between a label and its value: `=`, `: `, `:=`, `=>`, an XML ` value=`, with optional quotes (also
 * JSON-escaped `\"`, as in notebooks), the `"]` of `os.environ["X"] = "…"` and column-aligning
 * blanks; Makefile's `::=`, `:::=`, `?=`, PHP's `.=`, the shell default `${X:-…}`, the fallbacks
 * `getenv("X") || "…"` / `?? "…"`; or a quoted pair `("X", "…")` (`.Add("AccountKey", "…")`,
 * `os.getenv("X", "…")`, `{ "X", "…" }` initializers). Bounded throughout.
 */
export const ASSIGN = String.raw`(?:(?:\\?["'\x60])?[\])]?[ \t]{0,64}(?::{1,3}=|[.?]=|=>|[:=]|value=|:-|\|\||\?\?)[ \t]{0,64}(?:\\?["'\x60])?|\\?["'\x60][ \t]{0,4},[ \t]{0,4}\\?["'\x60])`;

/**
 * Lookaround placed right after a token of at most `tokenLength` characters: `word` (any case)
 * occurs within `window` characters before the token or after it. Both sides are bounded, so the
 * cost per candidate is O(window).
 */
export function near(word: string, window: number, tokenLength: number): string {
  return nearSource(anyCase(word), window, tokenLength);
}

/** near() for a regex source instead of a word (a word with conditions: snowflake.ts). */
export function nearSource(source: string, window: number, tokenLength: number): string {
  return `(?:(?<=${source}[\\s\\S]{0,${window + tokenLength}})|(?=[\\s\\S]{0,${window}}${source}))`;
}
