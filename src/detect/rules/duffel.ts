/**
 * Duffel access tokens (https://duffel.com/docs/api/overview/making-requests/authentication):
 * `duffel_live_` / `duffel_test_` + 43 base64url characters (gitleaks duffel.go). Checked on public
 * code (find_string `duffel_live_`): 10 hits, all prose or placeholders (`duffel_live_supersecret`,
 * which the length rejects). Live tokens book and pay for flights → block; test tokens warn. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

const REMEDIATION = {
  revokeUrl: 'https://app.duffel.com/',
  envVar: 'DUFFEL_ACCESS_TOKEN',
};
const BODY = `${CLASS.base64url}{43}`;
/** Random base64url mixes classes; a 43-character snake_case name does not. */
const mixed = (token: string): boolean => classCount(token.slice(12)) >= 2;

export const duffelRules: readonly Rule[] = [
  prefixedRule({
    id: 'duffel-live-access-token',
    provider: 'Duffel',
    description: 'Duffel live access token',
    prefixes: ['duffel_live_'],
    body: BODY,
    validate: mixed,
    validation: 'duffel_live_ + 43 base64url characters, mixed classes',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
    negatives: () => ["const token = 'duffel_live_supersecret'"],
  }),
  prefixedRule({
    id: 'duffel-test-access-token',
    provider: 'Duffel',
    description: 'Duffel test access token (sandbox only)',
    prefixes: ['duffel_test_'],
    body: BODY,
    validate: mixed,
    severity: 'warn',
    validation: 'duffel_test_ + 43 base64url characters, mixed classes',
    remediation: { ...REMEDIATION, envVar: 'DUFFEL_TEST_ACCESS_TOKEN' },
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
  }),
];
