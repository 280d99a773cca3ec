/**
 * Refuses a custom rule's pattern that can backtrack catastrophically: `(a+)+$` took over a minute
 * on 40 characters, on every commit (issue 10, item 13). The analysis is safe-regex2's (fastify,
 * https://github.com/fastify/safe-regex2): a quantifier inside a quantified group (star height
 * above 1, bounded `{n}` included) or more than 25 quantifiers. It is loaded only for a config
 * with custom rules (a vendored file: esbuild.config.mjs). Polynomial patterns (`\s*\s*x`) pass it;
 * the scanner bounds what they read instead (Rule.lineWindow).
 */
import safeRegex from 'safe-regex2';

/** Quantifiers safe-regex2 allows in one pattern (its default). */
const MAX_QUANTIFIERS = 25;

/** True when the analysis accepts `source`. */
export function isSafePattern(source: string): boolean {
  return safeRegex(source, { limit: MAX_QUANTIFIERS });
}
