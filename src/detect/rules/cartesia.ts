/**
 * Cartesia API keys (https://docs.cartesia.ai/get-started/make-an-api-request: `X-API-Key`, keys
 * from play.cartesia.ai): `sk_car_` + 22 base62 (29 characters). Checked on 3 public examples (all
 * 22, digits and both cases) and 5 placeholders (`sk_car_...`, `sk_car_xxxx…`). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

export const cartesiaRules: readonly Rule[] = [
  prefixedRule({
    id: 'cartesia-api-key',
    provider: 'Cartesia',
    description: 'Cartesia API key',
    prefixes: ['sk_car_'],
    body: `${CLASS.base62}{22}`,
    boundary: CLASS.word,
    validate: (key) => classCount(key.slice(7)) >= 2,
    validation: 'sk_car_ + 22 base62 characters (29 in all)',
    remediation: {
      revokeUrl: 'https://play.cartesia.ai/keys',
      envVar: 'CARTESIA_API_KEY',
    },
    sampleBody: (r) => r.chars(22, ALPHABET.base62),
    positives: (key) => [`private let cartesiaAPIKey = "${key}"`],
    negatives: () => ['private static final String ASK_CAR_NAMES = "";', 'def mask_car_platenumbersandvins(self):'],
  }),
];
