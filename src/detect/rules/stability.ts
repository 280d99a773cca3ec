/**
 * Stability AI API keys (https://platform.stability.ai/docs/getting-started/authentication:
 * `Authorization: Bearer sk-…`): `sk-` + 48 base62 (51 characters). Checked on 9 public examples (all
 * 48, digits and both cases; a tenth, 64 hex, is not this format) and 10 placeholders (`sk-...`,
 * `sk-your-stability-api-key`). No checksum.
 *
 * OpenAI's legacy keys have the same outer shape (`sk-` + 48) but carry `T3BlbkFJ` after 20
 * characters: those stay OpenAI's (openai.ts is listed first, and this rule refuses the marker).
 * Other providers use `sk-` too (DeepSeek, DashScope, proxies), so the key counts only with
 * Stability named within 200 characters (`STABILITY_API_KEY`, `api.stability.ai`).
 */
import type { Rule } from '../types.js';
import { namedNearby } from './aiPlatformKit.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

const OPENAI_MARKER = 'T3BlbkFJ';

export const stabilityRules: readonly Rule[] = [
  prefixedRule({
    id: 'stability-api-key',
    provider: 'Stability AI',
    description: 'Stability AI API key',
    prefixes: ['sk-'],
    body: `${CLASS.base62}{48}`,
    ...namedNearby(['stability'], 51),
    validate: (key) => !key.includes(OPENAI_MARKER) && classCount(key.slice(3)) === 3,
    validation: 'sk- + 48 base62 with digits and both cases, Stability named within 200 characters, no OpenAI T3BlbkFJ marker',
    remediation: {
      revokeUrl: 'https://platform.stability.ai/account/keys',
      usageUrl: 'https://platform.stability.ai/account/credits',
      envVar: 'STABILITY_API_KEY',
    },
    sampleBody: (r) => `${r.chars(46, ALPHABET.base62)}a1`,
    positives: (key) => [`stability_api = client.StabilityInference(key="${key}", verbose=True)`],
    negatives: (key) => [
      `const paletteId = "${key}";`,
      `STABILITY_ENGINE=sk-${'ebfcc1a7d768b55f'.repeat(4)}`,
    ],
  }),
];
