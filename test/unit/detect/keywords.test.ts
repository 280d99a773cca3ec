import { describe, expect, it } from 'vitest';
import { compileKeywords, type KeywordHits } from '../../../src/detect/keywords.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { mulberry32 } from '../../helpers/prng.js';

describe('compileKeywords', () => {
  const match = compileKeywords(['akia', 'asia', 'ghs_', 'gh', 'sk-ant-', 'a.b']);
  const found = (text: string) => [...match(text).found].sort();

  it('finds keywords case-insensitively', () => {
    expect(found('id: AKIA… and Sk-Ant-')).toEqual(['akia', 'sk-ant-']);
  });

  it('finds keywords that overlap each other', () => {
    expect(found('AKIASIA')).toEqual(['akia', 'asia']);
  });

  it('finds a keyword that is a prefix of another at the same position', () => {
    expect(found('x ghs_ y')).toEqual(['gh', 'ghs_']);
  });

  it('treats keywords as literals, not regex', () => {
    expect(found('axb')).toEqual([]);
    expect(found('a.b')).toEqual(['a.b']);
  });

  it('finds nothing when nothing matches, or with no keywords', () => {
    expect(found('plain text')).toEqual([]);
    expect([...compileKeywords([])('akia').found]).toEqual([]);
  });

  it('handles long runs of one keyword in a single pass', () => {
    expect(found('akia'.repeat(100_000) + 'asia')).toEqual(['akia', 'asia']);
  });
});

describe('compileKeywords (Aho-Corasick)', () => {
  it('agrees with a naive search on generated texts', () => {
    const keywords = ['ab', 'abc', 'bca', 'c', 'xyz_', 'zz', 'a-b'];
    const match = compileKeywords(keywords);
    const alphabet = 'abcxyzABCZ_-é ';
    const random = mulberry32(7);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        text += alphabet[random() % alphabet.length];
      }
      const lower = text.toLowerCase();
      expect([...match(text).found].sort()).toEqual(keywords.filter((k) => lower.includes(k)).sort());
    }
  });

  it('agrees with a naive search for the whole rule catalogue (lazily resolved edges)', () => {
    const keywords = [...new Set(builtinRules.flatMap((rule) => rule.keywords.map((k) => k.toLowerCase())))];
    const match = compileKeywords(keywords);
    const random = mulberry32(11);
    const next = (n: number) => random() % n;
    for (let n = 0; n < 200; n++) {
      // Keyword fragments glued together: exercises failure links between overlapping keywords.
      let text = '';
      for (let i = 0; i < 12; i++) {
        const k = keywords[next(keywords.length)]!;
        const from = next(k.length);
        text += k.slice(from, from + 1 + next(k.length)) + (next(4) === 0 ? ' ' : '');
      }
      const lower = text.toLowerCase();
      expect([...match(text).found].sort()).toEqual(keywords.filter((k) => lower.includes(k)).sort());
    }
  });

  it('does not match across a non-ASCII character', () => {
    expect([...compileKeywords(['ab'])('aéb').found]).toEqual([]);
  });

  it('reads no non-ASCII code unit as the ASCII one it shares low bits with', () => {
    // U+0173, U+0273, U+FF73 and the surrogate U+DC73 all end in 0x73 ('s'); U+212A KELVIN SIGN
    // lower-cases to 'k' in Unicode but is not a keyword character.
    const match = compileKeywords(['sk-']);
    for (const unit of [0x173, 0x273, 0xff73, 0xdc73, 0x1073]) expect([...match(`${String.fromCharCode(unit)}k-`).found]).toEqual([]);
    expect([...match('s\u212a-').found]).toEqual([]);
    expect([...match('\u0173sk-').found]).toEqual(['sk-']);
  });

  it('refuses non-ASCII keywords instead of silently never matching them', () => {
    expect(() => compileKeywords(['clé'])).toThrow(/ASCII/);
  });
});

/** Starts of one keyword's occurrences, ascending. */
function startsOf(hits: KeywordHits, keyword: string): number[] | undefined {
  const starts: number[] = [];
  for (let h = 0; h < hits.occurrences.length; h += 2) {
    if (hits.keywords[hits.occurrences[h]!] === keyword) starts.push(hits.occurrences[h + 1]!);
  }
  return starts.length === 0 ? undefined : starts.sort((a, b) => a - b);
}

describe('compileKeywords: where tracked keywords occur', () => {
  it('lists every start of a tracked keyword, overlapping ones included, and only tracked ones', () => {
    const match = compileKeywords(['key', 'token', 'akia', 'eyk'], ['key', 'token']);
    const hits = match('KEY=1 keykey token; xkEYk akia');
    expect([...hits.found].sort()).toEqual(['akia', 'eyk', 'key', 'token']);
    expect(startsOf(hits, 'key')).toEqual([0, 6, 9, 21]);
    expect(startsOf(hits, 'token')).toEqual([13]);
    expect(startsOf(hits, 'akia')).toBeUndefined();
  });

  it('stops recording occurrences of keywords denser than one per 32 characters, and says so', () => {
    const match = compileKeywords(['key'], ['key']);
    expect(match('key '.repeat(1000)).complete).toBe(true); // under the floor of 4,096
    const dense = match('key '.repeat(100_000));
    expect(dense.complete).toBe(false);
    expect(dense.occurrences.length).toBeLessThanOrEqual(2 * (400_000 / 32));
    expect(match(`key${' '.repeat(400_000)}`).complete).toBe(true);
  });

  it('keeps reading after every keyword was seen when occurrences are wanted', () => {
    const match = compileKeywords(['ab'], ['ab']);
    expect(startsOf(match('ab ab ab'), 'ab')).toEqual([0, 3, 6]);
  });

  it('agrees with a naive search on generated texts', () => {
    const keywords = ['ab', 'abc', 'bca', 'c', 'zz'];
    const match = compileKeywords(keywords, ['abc', 'c', 'zz']);
    const random = mulberry32(3);
    for (let n = 0; n < 200; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) {
        text += 'abcZz '[random() % 6];
      }
      const lower = text.toLowerCase();
      for (const k of ['abc', 'c', 'zz']) {
        const naive: number[] = [];
        for (let at = lower.indexOf(k); at !== -1; at = lower.indexOf(k, at + 1)) naive.push(at);
        expect(startsOf(match(text), k) ?? []).toEqual(naive);
      }
    }
  });
});
