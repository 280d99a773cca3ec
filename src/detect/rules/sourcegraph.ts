/**
 * Sourcegraph access tokens (https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token;
 * gitleaks sourcegraph.go, trufflehog sourcegraph, kingfisher sourcegraph.yml): `sgp_` + instance id
 * (16 hex, or `local` on self-hosted instances) + `_` + 40 hex; older tokens are `sgp_` + 40 hex. The
 * peers' bare 40-hex alternative is left out (every SHA-1 has that shape). No checksum. No real
 * token found in public code (10 `sgp_` hits, all identifiers such as `sgp_gateway_pagamentos`).
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

export const sourcegraphRules: readonly Rule[] = [
  prefixedRule({
    id: 'sourcegraph-access-token',
    provider: 'Sourcegraph',
    description: 'Sourcegraph access token',
    prefixes: ['sgp_'],
    body: '(?:(?:[0-9a-f]{16}|local)_)?[0-9a-f]{40}',
    boundary: CLASS.word,
    validation: 'sgp_ + optional instance id (16 hex or local) and _ + 40 lower-case hex',
    remediation: {
      revokeUrl: 'https://sourcegraph.com/user/settings/tokens',
      usageUrl: 'https://sourcegraph.com/docs/admin/audit_log',
      envVar: 'SRC_ACCESS_TOKEN',
    },
    sampleBody: (r) => `${r.chars(16, HEX)}_${r.chars(40, HEX)}`,
    positives: (token, r) => [`SRC_ACCESS_TOKEN=sgp_local_${r.chars(40, HEX)}`, `src login --token ${token.replace(/_[0-9a-f]{16}_/, '_')}`],
    negatives: () => ['q.QueryRow("SELECT iugu_token FROM sgp_gateway_pagamentos WHERE id = ?")'],
  }),
];
