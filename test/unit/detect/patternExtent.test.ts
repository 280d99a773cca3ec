/**
 * patternExtent(): the bound behind computed reaches. Too small would cut matches (a missed key), so
 * besides exact figures on small patterns, every built-in rule's true samples are checked to match
 * within the bound its pattern gives.
 */
import { describe, expect, it } from 'vitest';
import { patternExtent } from '../../../src/detect/patternExtent.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { scan } from '../../../src/detect/scan.js';

describe('patternExtent', () => {
  it.each([
    [/abc/g, 3],
    [/a[bc]\d\./, 4],
    [/[\]x]y/, 2],
    [/(?:ab|c)d/, 3],
    [/(?<name>ab)?c/, 3],
    [/x{3}y{2,5}z?/, 9],
    [/x{2,4}?/, 4],
    [/^a$\bb\B/, 2],
    [/\x41\u0041\cJ/, 3],
    // A lookaround reads on either side of the start: counted both ways.
    [/(?<![A-Z].{3})sk-/, 3 + 2 * 4],
    [/ab(?=cd)/, 2 + 2 * 2],
    [/(?:(?<!x)a){2}/, 2 + 2 * 2],
    // One character of a `u` pattern may be a surrogate pair.
    [/a.\u{1F600}\p{L}/u, 8],
  ])('%s reads at most %i code units around its start', (pattern, extent) => {
    expect(patternExtent(pattern)).toBe(extent);
  });

  it.each([/a*/, /a+b/, /a{2,}/, /(a)\1/, /(?<n>a)\k<n>/, new RegExp('[a[b]]', 'v'), new RegExp('x{')])('%s has no bound this module vouches for', (pattern) => {
    expect(patternExtent(pattern)).toBeUndefined();
  });

  it('bounds every true sample of every bounded built-in rule', () => {
    for (const rule of builtinRules) {
      const extent = patternExtent(rule.pattern);
      if (extent === undefined) continue;
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g');
      for (const sample of rule.samples().positives) {
        for (const match of sample.matchAll(pattern)) expect(match[0].length, `${rule.id}: ${match[0].length} > ${extent}`).toBeLessThanOrEqual(extent);
      }
    }
  });

  it('leaves the findings of the whole catalogue unchanged on its own samples', () => {
    // The same text scanned with computed reaches and with every rule scanning the whole text.
    const text = builtinRules.flatMap((rule) => rule.samples().positives).join(`\n${'filler '.repeat(300)}\n`);
    const whole = builtinRules.map((rule) => ({ ...rule, keywordsInMatch: false }));
    expect(builtinRules.filter((rule) => rule.keywordsInMatch === true).length).toBeGreaterThan(200);
    const strip = (findings: ReturnType<typeof scan>) => findings.map((f) => [f.ruleId, f.line, f.column, f.severity]);
    expect(strip(scan(text, builtinRules, { inlineAllow: false }))).toEqual(strip(scan(text, whole, { inlineAllow: false })));
  });
});
