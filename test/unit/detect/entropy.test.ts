import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../../src/detect/entropy.js';

describe('shannonEntropy', () => {
  it('is 0 for empty and single-symbol text', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
  });

  it('is log2(n) bits for n equally frequent symbols', () => {
    expect(shannonEntropy('ab')).toBeCloseTo(1);
    expect(shannonEntropy('abcd'.repeat(5))).toBeCloseTo(2);
    expect(shannonEntropy('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/')).toBeCloseTo(6);
  });

  it('weights by frequency', () => {
    // p = 3/4, 1/4 → 0.811 bits
    expect(shannonEntropy('aaab')).toBeCloseTo(0.8113, 4);
  });

  it('counts UTF-16 code units', () => {
    expect(shannonEntropy('😀')).toBeCloseTo(1);
  });
});
