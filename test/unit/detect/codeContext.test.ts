/**
 * codeContext.isQuotedOrCommented carries its reading of a line from one call to the next (a rule's
 * matches arrive in order). Its answers must equal a reading from the line's start, and a long line
 * of matches must cost one reading of the line, not one per match.
 */
import { describe, expect, it } from 'vitest';
import { isQuotedOrCommented } from '../../../src/detect/rules/codeContext.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { scan } from '../../../src/detect/scan.js';

/** A seeded integer draw below `n` (a fixed stream: a failure replays). */
let seed = 12_345;
const r = { int: (n: number) => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8) % n };
/** Code-ish pieces: quotes, escapes, template substitutions, both comment kinds, newlines. */
const PIECES = ['a', 'x = ', '"', "'", '`', '\\', '${', '{', '}', '//', '/*', '*/', '*', '#', ' ', '\t', '\n', 'process.env.X', 'b;'];
const randomText = () => Array.from({ length: 1 + r.int(60) }, () => PIECES[r.int(PIECES.length)]).join('');

/** The answer read afresh: a text of another length is never the carried line's text. */
const fromLineStart = (text: string, index: number) => isQuotedOrCommented(`${text.slice(0, index + 1)}\u0000${'\u0000'.repeat(r.int(3))}`, index);

describe('isQuotedOrCommented', () => {
  it('answers as a reading from the line start does, for ascending positions of one text', () => {
    for (let round = 0; round < 3000; round++) {
      const text = `${randomText()}Z`;
      const positions = [...new Set(Array.from({ length: 1 + r.int(6) }, () => r.int(text.length)))].sort((a, b) => a - b);
      // A letter at each asked position, as a rule's match starts with one.
      const asked = positions.filter((p) => /[A-Za-z]/.test(text[p]!));
      const carried = asked.map((p) => isQuotedOrCommented(text, p));
      expect(carried, JSON.stringify({ text, asked })).toEqual(asked.map((p) => fromLineStart(text, p)));
    }
  });

  it('knows strings, comments and template substitutions', () => {
    const at = (line: string) => isQuotedOrCommented(`first\n${line}`, 6 + line.indexOf('X'));
    expect([at('a = X'), at('"X"'), at("f('a', X)"), at('// X'), at('/* X */'), at('y /* a */ X'), at(' * X'), at('# X'), at('`${X}`'), at('`a X`')]).toEqual(
      [false, true, false, true, true, false, true, true, false, true],
    );
  });

  it('reads a 2 MB minified line of public-env reads once (each match read back to the line start: minutes)', () => {
    const read = ['process.env.NEXT_PUBLIC_', 'STRIPE_SECRET_KEY'].join('');
    const line = `var a=${read};`.repeat(40_000);
    const findings = scan(line, builtinRules, { inlineAllow: false, path: 'bundle.min.js' });
    expect(findings.filter((f) => f.ruleId === 'public-env-secret-read')).toHaveLength(40_000);
  });
});
