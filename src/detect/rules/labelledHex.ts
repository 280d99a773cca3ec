/**
 * A `validate` for label-bound hex secrets: looksRandom() (labelledRule.ts) asks 3.5 bits per
 * character, which random hex (at most 4 bits, about 3.6 measured on 30–40 characters) misses too
 * often; hex needs letters and digits and 3 bits.
 */
import { shannonEntropy } from '../entropy.js';
import { classCount } from './randomness.js';

export function randomHex(secret: string): boolean {
  return classCount(secret) >= 2 && shannonEntropy(secret) >= 3;
}
