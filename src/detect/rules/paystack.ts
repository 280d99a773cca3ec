/**
 * Paystack secret keys (https://paystack.com/docs/api/authentication/): `sk_live_` / `sk_test_` +
 * 40 lower-case hex (kingfisher paystack.yml: 40 after the prefix). Stripe uses the same prefixes
 * with 24–247 mixed-case alphanumerics and is listed first, so a Paystack key is one of exactly 40
 * lower-case hex with "paystack" within 300 characters: only then does this rule take the span from
 * Stripe's (`supersedes`); every other `sk_live_` stays Stripe's. Test keys reach the sandbox only:
 * warn, as Stripe's. Public keys `pk_…` are meant for browsers. Checked on public code (find_string
 * `PAYSTACK_SECRET_KEY=sk_`): hits were placeholders (`sk_live_xxx`). No checksum.
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule, type PrefixedSpec } from './prefixedRule.js';

const HEX = '0123456789abcdef';
const END = `(?!${CLASS.word})${near('paystack', 300, 48)}`;
const REMEDIATION = {
  revokeUrl: 'https://dashboard.paystack.com/#/settings/developers',
  usageUrl: 'https://dashboard.paystack.com/#/transactions',
};

type Mode = Pick<PrefixedSpec, 'id' | 'description' | 'severity' | 'positives' | 'negatives'> & {
  readonly prefix: string;
  readonly envVar: string;
  /** Stripe's rule for the same prefix, whose span this one takes when it matches. */
  readonly stripeRule: string;
};

function paystackRule(mode: Mode): Rule {
  const { prefix, envVar, stripeRule, ...spec } = mode;
  return {
    ...prefixedRule({
      ...spec,
      provider: 'Paystack',
      prefixes: [prefix],
      body: '[0-9a-f]{40}',
      boundary: CLASS.word,
      end: END,
      keywords: ['paystack'],
      needsContext: true,
      // A key one character short or long is no Paystack key, but Stripe's rule still reports it.
      fixedLength: false,
      validation: `${prefix} + 40 lower-case hex with "paystack" within 300 characters`,
      remediation: { ...REMEDIATION, envVar },
      sampleBody: (r) => r.chars(40, HEX),
    }),
    supersedes: [stripeRule],
  };
}

export const paystackRules: readonly Rule[] = [
  paystackRule({
    id: 'paystack-live-secret-key',
    description: 'Paystack live secret key',
    prefix: 'sk_live_',
    envVar: 'PAYSTACK_SECRET_KEY',
    stripeRule: 'stripe-live-secret-key',
    positives: (key) => [`const paystack = require('paystack')('${key}');`, `headers = {"Authorization": f"Bearer ${key}"}  # Paystack`],
    negatives: (key) => [`PAYSTACK_PUBLIC_KEY=${key.replace('sk_', 'pk_')}`],
  }),
  paystackRule({
    id: 'paystack-test-secret-key',
    description: 'Paystack test secret key (sandbox only)',
    prefix: 'sk_test_',
    envVar: 'PAYSTACK_TEST_SECRET_KEY',
    stripeRule: 'stripe-test-key',
    severity: 'warn',
  }),
];
