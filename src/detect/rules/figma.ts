/**
 * Figma personal access tokens (https://help.figma.com/hc/en-us/articles/8085703771159; trufflehog
 * figmapersonalaccesstoken v2, kingfisher figma.yml): `figd_` + 40 base64url (45 in all). Public
 * code held 0 real tokens and 10 placeholders (`figd_your_token_here`, `figd_xxx…`,
 * `figd_test-token-…`), none of which matches. No checksum.
 */
import type { Rule } from '../types.js';
import { looksRandom } from './labelledRule.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const figmaRules: readonly Rule[] = [
  prefixedRule({
    id: 'figma-access-token',
    provider: 'Figma',
    description: 'Figma personal access token',
    prefixes: ['figd_'],
    body: '[A-Za-z0-9_-]{40}',
    validate: (token) => looksRandom(token.slice(5)),
    validation: 'figd_ + 40 base64url characters that look random',
    remediation: {
      revokeUrl: 'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens',
      usageUrl: 'https://www.figma.com/developers/api#activity-logs-endpoints',
      envVar: 'FIGMA_ACCESS_TOKEN',
    },
    sampleBody: (r) => r.chars(40, ALPHABET.base64url),
    positives: (token) => [`curl -H "X-Figma-Token: ${token}" https://api.figma.com/v1/me`],
    negatives: () => ["apiToken: 'figd_your_token_here'", 'const VALID_TOKEN = "figd_test-token-12345678901234567890";'],
  }),
];
