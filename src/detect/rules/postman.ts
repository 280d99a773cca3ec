/**
 * Postman API keys (secret-formats.md §41; gitleaks, noseyparker, trufflehog postman;
 * https://learning.postman.com/docs/developer/postman-api/authentication/):
 * `PMAK-` + 24 hex + `-` + 34 hex = 64 characters. No checksum.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';

const HEX = '0123456789abcdef';

export const postmanRules: readonly Rule[] = [
  prefixedRule({
    id: 'postman-api-key',
    provider: 'Postman',
    description: 'Postman API key',
    prefixes: ['PMAK-'],
    body: '[0-9a-fA-F]{24}-[0-9a-fA-F]{34}',
    validation: 'PMAK- + 24 hex + - + 34 hex',
    remediation: {
      revokeUrl: 'https://go.postman.co/settings/me/api-keys',
      usageUrl: 'https://go.postman.co/manage-postman-keys',
      envVar: 'POSTMAN_API_KEY',
    },
    sampleBody: (r) => `${r.chars(24, HEX)}-${r.chars(34, HEX)}`,
    positives: (key) => [`curl https://api.getpostman.com/collections -H "X-Api-Key: ${key}"`],
    negatives: (key) => [`POSTMAN_API_KEY=${key.slice(0, 29)}_${key.slice(30)}`],
  }),
];
