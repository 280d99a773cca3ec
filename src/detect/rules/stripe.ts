/**
 * Stripe API keys (secret-formats.md §11; https://docs.stripe.com/keys, gitleaks stripe.go).
 * Lengths vary: legacy keys have 24 alphanumerics after the prefix, current ones about 99; Stripe's
 * security team suggested up to 128 (GitLab issue 458019), trufflehog allows 247. No checksum.
 *
 * Severity: live secret (`sk_live_`) and restricted (`rk_live_`) keys move money and read customer
 * data → block. Test-mode keys (`sk_test_`, `rk_test_`) cannot charge cards or reach live data, but
 * they do give full API access to the account's sandbox (its customers, webhooks, settings) → warn,
 * so the commit goes through and the developer still hears about it. Publishable keys (`pk_…`) are
 * meant to ship in web pages and are not reported; neither are Stripe's public docs test keys.
 */
import type { Rule } from '../types.js';
import { notKnownSample } from './docsKeys.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const BODY = `${CLASS.base62}{24,247}`;
const ENV_VAR = 'STRIPE_SECRET_KEY';
const REMEDIATION = { revokeUrl: 'https://dashboard.stripe.com/apikeys', usageUrl: 'https://dashboard.stripe.com/logs', envVar: ENV_VAR };

/** Current keys: `51` + account-derived characters + random, about 99 after the prefix. */
const modern = (r: SampleRandom): string => '51' + r.chars(97, ALPHABET.base62);

/** The test keys printed throughout Stripe's docs (`sk_test_4eC39…`, `…BQokikJ…`, `…26PHem9…`). */
const isNotDocsKey = notKnownSample(new Set(['2cafc0970149a84f', 'f2d6ca16515033e5', '7e8de44ea9ecf6d5']));

const publishable = (r: SampleRandom): string[] => [
  `STRIPE_PUBLISHABLE_KEY=pk_live_${modern(r)}`,
  `const stripe = Stripe('pk_test_${modern(r)}');`,
];

export const stripeRules: readonly Rule[] = [
  prefixedRule({
    id: 'stripe-live-secret-key',
    provider: 'Stripe',
    description: 'Stripe live secret key',
    prefixes: ['sk_live_'],
    body: BODY,
    boundary: CLASS.word,
    validation: 'sk_live_ + 24–247 alphanumerics',
    remediation: REMEDIATION,
    sampleBody: modern,
    fixedLength: false,
    positives: (key, r) => [`stripe.api_key = "sk_live_${r.chars(24, ALPHABET.base62)}"`, `curl https://api.stripe.com/v1/charges -u ${key}:`],
    negatives: (_key, r) => [...publishable(r), 'STRIPE_SECRET_KEY=sk_live_your_key_here', `STRIPE_SECRET_KEY=sk_live_${r.chars(20, ALPHABET.base62)}`],
  }),
  prefixedRule({
    id: 'stripe-live-restricted-key',
    provider: 'Stripe',
    description: 'Stripe live restricted key',
    prefixes: ['rk_live_'],
    body: BODY,
    boundary: CLASS.word,
    validation: 'rk_live_ + 24–247 alphanumerics',
    remediation: { ...REMEDIATION, envVar: 'STRIPE_RESTRICTED_KEY' },
    sampleBody: modern,
    fixedLength: false,
  }),
  prefixedRule({
    id: 'stripe-test-key',
    provider: 'Stripe',
    description: 'Stripe test-mode secret or restricted key (sandbox access only)',
    prefixes: ['sk_test_', 'rk_test_'],
    body: BODY,
    boundary: CLASS.word,
    severity: 'warn',
    validate: isNotDocsKey,
    validation: 'sk_test_/rk_test_ + 24–247 alphanumerics; not one of the public docs test keys',
    remediation: { ...REMEDIATION, envVar: 'STRIPE_TEST_SECRET_KEY' },
    sampleBody: modern,
    fixedLength: false,
    positives: (_key, r) => [`STRIPE_RESTRICTED_KEY=rk_test_${modern(r)}`, `Stripe.apiKey = "sk_test_${r.chars(24, ALPHABET.base62)}";`],
    negatives: (_key, r) => [
      ...publishable(r),
      `stripe.api_key = "sk_test_${'4eC39HqLyjWDarjt'}${'T1zdp7dc'}"`,
      `curl https://api.stripe.com/v1/customers -u sk_test_${'BQokikJOvBiI2HlW'}${'gH4olfQ2'}:`,
      `const stripe = require('stripe')('sk_test_${'26PHem9AhJZvU623'}${'DfE1x4sd'}');`,
    ],
  }),
];
