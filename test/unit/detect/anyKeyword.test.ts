import { describe, expect, it } from 'vitest';
import { anyKeyword } from '../../../src/detect/anyKeyword.js';
import { compileKeywords } from '../../../src/detect/keywords.js';
import { ruleCatalog } from '../../../src/detect/rules/catalog.js';
import { mulberry32 } from '../../helpers/prng.js';

describe('anyKeyword', () => {
  const holds = anyKeyword(['akia', 'sk-ant-', 'ghp_', 'a.b']);

  it('finds a keyword anywhere, ASCII case folded', () => {
    expect(holds('id: AKIA…')).toBe(true);
    expect(holds('x Sk-Ant-y')).toBe(true);
    expect(holds('ghp_')).toBe(true);
    expect(holds('xxa.b')).toBe(true);
    expect(anyKeyword(['ab'])('xAb')).toBe(true);
  });

  it('finds none in texts that hold only parts of them', () => {
    expect(holds('')).toBe(false);
    expect(holds('a')).toBe(false);
    expect(holds('aki sk-an gh_p axb AKI')).toBe(false);
    // Cut at the end of the text: the comparison must not read past it.
    expect(holds('xx sk-an')).toBe(false);
  });

  it('reads no non-ASCII code unit as an ASCII one', () => {
    // U+0161 ends in 0x61 ('a'), U+212A KELVIN SIGN lower-cases to 'k' in Unicode.
    expect(holds('\u0161kia')).toBe(false);
    expect(holds('a\u212aia')).toBe(false);
    expect(holds('s\u212a-ant-')).toBe(false);
  });

  it('handles one-character keywords (custom rules may have them)', () => {
    expect(anyKeyword(['x', 'abc'])('..X..')).toBe(true);
    expect(anyKeyword(['x', 'abc'])('..y..')).toBe(false);
  });

  it('refuses non-ASCII keywords instead of silently never matching them', () => {
    expect(() => anyKeyword(['clé'])).toThrow(/ASCII/);
  });

  it('agrees with the Aho-Corasick matcher over the rule catalog', () => {
    // What LazyScan relies on: the same answer as scan()'s matcher would give, for every text.
    const { keywords } = ruleCatalog();
    const holdsAny = anyKeyword(keywords);
    const match = compileKeywords(keywords);
    const random = mulberry32(5);
    const next = (n: number) => random() % n;
    let positives = 0;
    for (let n = 0; n < 2000; n++) {
      // Fragments of keywords, some upper-cased, between filler: near misses and cut keywords.
      let text = '';
      for (let i = 0; i < 1 + next(5); i++) {
        const k = keywords[next(keywords.length)]!;
        const from = next(3) === 0 ? 0 : next(k.length);
        const piece = k.slice(from, from + 1 + next(k.length));
        text += (next(2) === 0 ? piece.toUpperCase() : piece) + ['', ' ', 'é', '\n', 'x'][next(5)];
      }
      const expected = match(text).seenIndexes.length > 0;
      if (expected) positives += 1;
      expect(holdsAny(text), JSON.stringify(text)).toBe(expected);
    }
    // Both answers are exercised.
    expect(positives).toBeGreaterThan(200);
    expect(positives).toBeLessThan(1800);
  });
});
