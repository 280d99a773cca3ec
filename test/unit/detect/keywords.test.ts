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
