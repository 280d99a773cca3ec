/**
 * Stytch project secrets (https://stytch.com/docs/api/authentication; trufflehog stytch):
 * `secret-live-` / `secret-test-` + 36 characters: 35 base64url + `=`, the base64url of 26 random
 * bytes, so the character before the `=` carries 4 bits and two zero bits (one of
 * `AEIMQUYcgkosw048`). Checked on 2 public live examples, 9 placeholders. Project ids and public
 * tokens (`project-live-…`, `public-token-live-…`) are not secret. Test-environment secrets reach
 * test users only and warn, like Stripe's.
 */
import type { Rule } from '../types.js';
import { prefixedRule, type PrefixedSpec } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

/** Base64 characters whose low two bits are zero: the last one before a single `=`. */
const LAST = 'AEIMQUYcgkosw048';

const common = {
  provider: 'Stytch',
  body: `[A-Za-z0-9_-]{34}[${LAST}]=`,
  sampleBody: (r) => `${r.chars(34, ALPHABET.base64url)}${r.chars(1, LAST)}=`,
  remediation: { revokeUrl: 'https://stytch.com/dashboard/api-keys', envVar: 'STYTCH_SECRET' },
} satisfies Partial<PrefixedSpec>;

export const stytchRules: readonly Rule[] = [
  prefixedRule({
    ...common,
    id: 'stytch-secret',
    description: 'Stytch live project secret',
    prefixes: ['secret-live-'],
    validation: 'secret-live- + 35 base64url + = (26 bytes)',
    positives: (secret) => [`const client = new stytch.Client({ project_id: "project-live-c60c0abe", secret: "${secret}" });`],
    negatives: () => ['STYTCH_SECRET=secret-live-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', "LUMA_API_KEY='secret-live-key'", 'STYTCH_SECRET=secret-live-12345678901234567890abcdabcd'],
  }),
  prefixedRule({
    ...common,
    id: 'stytch-test-secret',
    description: 'Stytch test-environment project secret (test users only)',
    prefixes: ['secret-test-'],
    severity: 'warn',
    validation: 'secret-test- + 35 base64url + = (26 bytes)',
    negatives: () => ['STYTCH_SECRET=secret-test-000000000000000000000000000=', 'STYTCH_SECRET=secret-test-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
  }),
];
