/**
 * WorkOS API keys (https://workos.com/docs/reference/api-keys; no peer rule): `sk_test_` (staging)
 * or `sk_live_` (production) + base64, unpadded, of `key_` + a 26-character ULID + `,` + 25
 * alphanumerics — 75 characters always starting `a2V5XzAx` (base64 of `key_01`). The decoded
 * structure is checked. Checked on 5 public `sk_test_` examples (a sixth had a stray character and
 * one was truncated); production keys share the layout (no public example found). Stripe's rules
 * would read them as Stripe keys: this rule supersedes them, and, like Stripe's, a staging key warns.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule, type PrefixedSpec } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const MARKER = 'a2V5XzAx';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DECODED = /^key_01[0-9A-HJKMNP-TV-Z]{24},[A-Za-z0-9]{25}$/;

function decodesToKey(token: string): boolean {
  return DECODED.test(Buffer.from(token.slice('sk_test_'.length), 'base64').toString('latin1'));
}

const body = (r: SampleRandom): string =>
  Buffer.from(`key_01${r.chars(24, CROCKFORD)},${r.chars(25, ALPHABET.base62)}`).toString('base64').replace(/=+$/, '').slice(MARKER.length);

const common = {
  provider: 'WorkOS',
  body: '[A-Za-z0-9+/]{67}',
  boundary: CLASS.word,
  end: '(?![A-Za-z0-9+/=_-])',
  validate: decodesToKey,
  // Off by one is still a Stripe-shaped key, which stripe.ts reports: not a negative here.
  fixedLength: false,
  sampleBody: body,
  remediation: { revokeUrl: 'https://dashboard.workos.com/api-keys', envVar: 'WORKOS_API_KEY' },
} satisfies Partial<PrefixedSpec>;

export const workosRules: readonly Rule[] = [
  {
    ...prefixedRule({
      ...common,
      id: 'workos-api-key',
      description: 'WorkOS production API key',
      prefixes: [`sk_live_${MARKER}`],
      validation: 'sk_live_ + base64 of key_<ULID>,<25 alphanumerics> (75 characters)',
      positives: (key) => [`const workos = new WorkOS('${key}');`],
      negatives: () => [`WORKOS_API_KEY=sk_live_${MARKER}...`],
    }),
    supersedes: ['stripe-live-secret-key'],
  },
  {
    ...prefixedRule({
      ...common,
      id: 'workos-staging-api-key',
      description: 'WorkOS staging API key',
      prefixes: [`sk_test_${MARKER}`],
      severity: 'warn',
      validation: 'sk_test_ + base64 of key_<ULID>,<25 alphanumerics> (75 characters)',
      positives: (key) => [`connection "workos" {\n  api_key   = "${key}"\n}`],
      negatives: () => ['WORKOS_API_KEY=sk_test_your_workos_api_key'],
    }),
    supersedes: ['stripe-test-key'],
  },
];
