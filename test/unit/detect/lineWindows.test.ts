import { describe, expect, it } from 'vitest';
import { lineWindows } from '../../../src/detect/lineWindows.js';
import { scan } from '../../../src/detect/scan.js';
import type { Rule } from '../../../src/detect/types.js';

const rule: Rule = {
  id: 'acme-key', provider: 'Acme', description: 'Acme key', keywords: ['acme_'], pattern: /acme_[a-z0-9]{30,60}/g,
  severity: 'block', lineWindow: 256, validation: 'test', remediation: { revokeUrl: 'https://acme.example.invalid/keys' },
  samples: () => ({ positives: [], negatives: [] }),
};
/** A key of this made-up format, varied enough for the placeholder check; built at run time. */
const key = (n: number) => `acme_${Array.from({ length: 40 }, (_, i) => 'q7w3e9r1t5y2u8i4o6p0'[(i * 7 + n) % 20]).join('')}`;

describe('lineWindows', () => {
  it('gives each line, and long lines in windows overlapping by a quarter (matches starting there: the next window)', () => {
    expect(lineWindows('ab\n\ncd', 8)).toEqual([[0, 2], [3, 3], [4, 6]]);
    expect(lineWindows('x'.repeat(20), 8)).toEqual([[0, 8, 6], [6, 14, 12], [12, 20]]);
    expect(lineWindows('', 8)).toEqual([[0, 0]]);
  });

  it('finds a key of up to a quarter window wherever a long line holds it, once, and never across lines', () => {
    // Windows of 256: [0, 256), [192, 448), [384, 640) …; the key (45 characters) crosses their edges.
    for (const at of [0, 10, 191, 192, 200, 230, 420, 600]) {
      const text = `${'-'.repeat(at)}${key(at)}${'-'.repeat(300)}`;
      const findings = scan(text, [rule]);
      expect(findings.map((f) => [f.column, f.secret]), `at ${at}`).toEqual([[at + 1, key(at)]]);
    }
    const split = key(1);
    expect(scan(`${split.slice(0, 20)}\n${split.slice(20)}`, [rule])).toEqual([]);
  });

  it('bounds a polynomial pattern by the window, not the line', () => {
    const slow: Rule = { ...rule, keywords: ['x'], pattern: /x\s*\s*\s*y/g, lineWindow: 256 };
    // Without the window this is ~10^15 steps on a 100 kB line; with it, a few million.
    expect(scan(`x${' '.repeat(100_000)}`, [slow])).toEqual([]);
  });
});
