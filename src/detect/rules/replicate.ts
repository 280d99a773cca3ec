/**
 * Replicate API tokens (secret-formats.md §21; https://replicate.com/docs/topics/security/api-tokens:
 * "40-character strings that always start with r8_"). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const replicateRules: readonly Rule[] = [
  prefixedRule({
    id: 'replicate-api-token',
    provider: 'Replicate',
    description: 'Replicate API token',
    prefixes: ['r8_'],
    body: `${CLASS.base64url}{37}`,
    validation: 'r8_ + 37 base64url characters (40 in all)',
    remediation: { revokeUrl: 'https://replicate.com/account/api-tokens', usageUrl: 'https://replicate.com/predictions', envVar: 'REPLICATE_API_TOKEN' },
    sampleBody: (r) => r.chars(37, ALPHABET.base62),
    positives: (token) => [`replicate = replicate.Client(api_token="${token}")`],
  }),
];
