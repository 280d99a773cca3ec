/**
 * Cheap tells that a value is random rather than typed: used by rules whose charset alone also
 * fits identifiers and words (`secret_` + 43 letters and digits, a label-bound 32-character value).
 */

/** How many of lower case, upper case and digits occur in `text` (0–3). */
export function classCount(text: string): number {
  return Number(/[a-z]/.test(text)) + Number(/[A-Z]/.test(text)) + Number(/[0-9]/.test(text));
}

/** Number of characters of `text` matching `pattern` (a single-character class, without `g`). */
export function countOf(text: string, pattern: RegExp): number {
  let n = 0;
  for (const c of text) if (pattern.test(c)) n++;
  return n;
}
