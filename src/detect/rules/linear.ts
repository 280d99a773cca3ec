/**
 * Linear API keys (secret-formats.md §43; gitleaks linear.go, trufflehog linearapi, kingfisher
 * linear.yml): personal keys `lin_api_` + 40 alphanumerics; OAuth tokens `lin_oauth_` + 64 hex
 * (that shape is unverified, so it only adds recall). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const REVOKE = 'https://linear.app/settings/account/security';

export const linearRules: readonly Rule[] = [
  prefixedRule({
    id: 'linear-api-key',
    provider: 'Linear',
    description: 'Linear personal API key',
    prefixes: ['lin_api_'],
    body: `${CLASS.base62}{40}`,
    boundary: CLASS.word,
    validation: 'lin_api_ + 40 alphanumerics',
    remediation: { revokeUrl: REVOKE, envVar: 'LINEAR_API_KEY' },
    sampleBody: (r) => r.chars(40, ALPHABET.base62),
    positives: (key) => [`const linear = new LinearClient({ apiKey: "${key}" });`],
  }),
  prefixedRule({
    id: 'linear-oauth-token',
    provider: 'Linear',
    description: 'Linear OAuth access token',
    prefixes: ['lin_oauth_'],
    body: '[0-9a-f]{64}',
    boundary: CLASS.word,
    validation: 'lin_oauth_ + 64 lower-case hex',
    remediation: { revokeUrl: REVOKE, envVar: 'LINEAR_ACCESS_TOKEN' },
    sampleBody: (r) => r.chars(64, '0123456789abcdef'),
  }),
];
