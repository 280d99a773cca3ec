import type { Rule } from '../detect/types.js';
import type { PieceRule } from '../git/types.js';

/**
 * How check-staged takes long runs of added lines in pieces (PieceRule): 64 kB (npm run bench, case
 * b: with git writing into a spool file, 32 kB was 1% and 256 kB 4% slower; peak RSS grows with it). What a piece repeats follows the
 * rules' promises (types.ts `spansLines`): a match across lines is shorter than TAIL unless it is
 * a key block, and a key block starts with its opener and is at most its length long. Only for the
 * built-in rules: a custom rule's pattern could span any number of lines.
 */
const PIECE_BYTES = 64 * 1024;
const TAIL = 4096;

export function pieceRuleFor(rules: readonly Pick<Rule, 'spansLines'>[]): PieceRule {
  // One search per distinct opener (PEM and PGP blocks both open with `-----BEGIN `), over the longest reach.
  const within = new Map<string, number>();
  for (const { spansLines } of rules) {
    if (spansLines !== undefined) within.set(spansLines.opener, Math.max(within.get(spansLines.opener) ?? 0, spansLines.length));
  }
  return { bytes: PIECE_BYTES, tail: TAIL, openers: [...within].map(([opener, length]) => ({ opener, within: length })) };
}
