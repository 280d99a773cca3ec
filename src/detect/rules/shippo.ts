/**
 * Shippo API tokens (https://docs.goshippo.com/docs/guides_general/authentication/): `shippo_live_`
 * / `shippo_test_` + 40 lower-case hex (gitleaks shippo.go). Checked on 2 public examples of this
 * shape (find_string `shippo_live_`), 5 placeholders (`shippo_live_xxx`, `shippo_live_fake`). Test
 * tokens buy no labels: warn. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const HEX = '0123456789abcdef';
const REMEDIATION = {
  revokeUrl: 'https://apps.goshippo.com/settings/api',
  envVar: 'SHIPPO_API_TOKEN',
};

export const shippoRules: readonly Rule[] = [
  prefixedRule({
    id: 'shippo-live-api-token',
    provider: 'Shippo',
    description: 'Shippo live API token',
    prefixes: ['shippo_live_'],
    body: '[0-9a-f]{40}',
    boundary: CLASS.word,
    validation: 'shippo_live_ + 40 lower-case hex',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(40, HEX),
    positives: (token) => [`headers: { Authorization: "ShippoToken ${token}" }`],
    negatives: () => ["SHIPPO_TOKEN='shippo_live_fake'"],
  }),
  prefixedRule({
    id: 'shippo-test-api-token',
    provider: 'Shippo',
    description: 'Shippo test API token (no charges)',
    prefixes: ['shippo_test_'],
    body: '[0-9a-f]{40}',
    boundary: CLASS.word,
    severity: 'warn',
    validation: 'shippo_test_ + 40 lower-case hex',
    remediation: { ...REMEDIATION, envVar: 'SHIPPO_TEST_API_TOKEN' },
    sampleBody: (r) => r.chars(40, HEX),
  }),
];
