import { describe, expect, it } from 'vitest';
import { compileKeywords } from '../../../src/detect/keywords.js';

describe('compileKeywords', () => {
  const match = compileKeywords(['akia', 'asia', 'ghs_', 'gh', 'sk-ant-', 'a.b']);
  const found = (text: string) => [...match(text)].sort();

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
    expect([...compileKeywords([])('akia')]).toEqual([]);
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
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      const lower = text.toLowerCase();
      expect([...match(text)].sort()).toEqual(keywords.filter((k) => lower.includes(k)).sort());
    }
  });

  it('does not match across a non-ASCII character', () => {
    expect([...compileKeywords(['ab'])('aéb')]).toEqual([]);
  });

  it('refuses non-ASCII keywords instead of silently never matching them', () => {
    expect(() => compileKeywords(['clé'])).toThrow(/ASCII/);
  });
});
