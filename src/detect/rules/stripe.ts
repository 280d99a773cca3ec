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
 *
 * Webhook signing secrets (`whsec_`, issue 12; https://docs.stripe.com/webhooks#verify-events): the
 * Dashboard's endpoint secrets are `whsec_` + 32 alphanumerics (2 public examples checked with
 * find_string), the Stripe CLI's `stripe listen` secrets `whsec_` + 64 hex (7 public examples). No peer
 * (gitleaks, kingfisher, trufflehog) has a rule. Whoever holds one can sign forged events that the
 * endpoint trusts (a fake `checkout.session.completed` ships an order) → block. The CLI's secret only
 * signs events that one developer's CLI forwards, in test mode, to a local endpoint → warn, like test
 * keys. The same prefix starts Standard Webhooks secrets (Svix, Clerk, Resend, OpenAI): `whsec_` +
 * base64 of 24–64 random bytes (webhook-signing-secret below).
 */
import type { Rule } from '../types.js';
import { notKnownSample } from './docsKeys.js';
import { CLASS, tokenFields } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { looksRandom } from './labelledRule.js';
import { ALPHABET, seededRandom, type SampleRandom } from './sampleKit.js';

const BODY = `${CLASS.base62}{24,247}`;
const ENV_VAR = 'STRIPE_SECRET_KEY';
const REMEDIATION = { revokeUrl: 'https://dashboard.stripe.com/apikeys', usageUrl: 'https://dashboard.stripe.com/logs', envVar: ENV_VAR };

/** Current keys: `51` + account-derived characters + random, about 99 after the prefix. */
const modern = (r: SampleRandom): string => '51' + r.chars(97, ALPHABET.base62);

/** The test keys printed throughout Stripe's docs (`sk_test_4eC39…`, `…BQokikJ…`, `…26PHem9…`). */
const isNotDocsKey = notKnownSample(new Set(['2cafc0970149a84f', 'f2d6ca16515033e5', '7e8de44ea9ecf6d5']));

const HEX = '0123456789abcdef';
const WEBHOOK_REMEDIATION = {
  revokeUrl: 'https://dashboard.stripe.com/webhooks',
  usageUrl: 'https://dashboard.stripe.com/events',
  envVar: 'STRIPE_WEBHOOK_SECRET',
};
/** Characters of a base64 webhook secret: none may touch a `whsec_` token (`=` only after it: `KEY=whsec_…`). */
const B64_BOUNDARY = '[A-Za-z0-9+/_-]';
const B64_END = '(?![A-Za-z0-9+/=_-])';
/** A `stripe listen` secret: 64 hex after the prefix. */
const isCliSecret = (secret: string): boolean => /^whsec_[0-9a-f]{64}$/.test(secret);

/**
 * The OpenAI SDKs' shared webhook test vector (`whsec_Rdva…`, in openai-node's tests/lib/webhooks.test.ts
 * and tests/api-resources/webhooks.test.ts, and in the Python, Go, Kotlin, Ruby, Rust SDKs' tests:
 * 10 public copies found): it signs a fixed payload in unit tests and authenticates no endpoint.
 * And the Standard Webhooks specification's example secret (`whsec_MfKQ…`, beside `msg_p5jX…`: its
 * reference libraries' tests and every verifier's docs; 10+ public copies by exact-string search;
 * issue 12's ninth sweep), whose 32 characters fit Stripe's form too.
 */
const isNotTestVector = notKnownSample(new Set(['d4e1077ad28d129d', '96ad2ccd81462a76']));

/** Standard Webhooks secrets are canonical base64 (a multiple of 4) of 24–64 bytes (Svix: 24, OpenAI: 32). */
function standardWebhookSecret(secret: string): boolean {
  const body = secret.slice('whsec_'.length);
  if (body.length % 4 !== 0) return false;
  const bytes = Buffer.from(body, 'base64').length;
  return bytes >= 24 && bytes <= 64 && looksRandom(body) && isNotTestVector(secret);
}

const publishable = (r: SampleRandom): string[] => [
  `STRIPE_PUBLISHABLE_KEY=pk_live_${modern(r)}`,
  `const stripe = Stripe('pk_test_${modern(r)}');`,
];

const webhookSecret: Rule = {
  ...prefixedRule({
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    description: 'Stripe webhook signing secret (Dashboard endpoint; Stripe CLI secrets warn)',
    prefixes: ['whsec_'],
    body: '(?:[0-9a-f]{64}|[A-Za-z0-9]{32})',
    boundary: B64_BOUNDARY,
    end: B64_END,
    validate: (secret) => looksRandom(secret) && isNotTestVector(secret),
    validation: 'whsec_ + 32 alphanumerics (Dashboard) or 64 hex (Stripe CLI, warns); not a published test vector',
    remediation: WEBHOOK_REMEDIATION,
    sampleBody: (r) => r.chars(32, ALPHABET.base62),
    positives: (_secret, r) => [`const endpointSecret = "whsec_${r.chars(64, HEX)}";`],
    negatives: () => [
      'STRIPE_WEBHOOK_SECRET=whsec_test_secret',
      "const SECRET = 'whsec_mock_local';",
      `const secret = "whsec_${'MfKQ9r8GKYqrTwjU'}${'PD8ILPZIo2LaLaSw'}";`,
    ],
  }),
  severityOf: (secret) => (isCliSecret(secret) ? 'warn' : 'block'),
};

/**
 * Standard Webhooks (https://www.standardwebhooks.com, used by Svix, Clerk, Resend, OpenAI): `whsec_`
 * + base64 of the key; checked on 10 public copies of one test vector and the spec's examples.
 * Reported only when base64-only characters or padding set it apart from Stripe's form; no single
 * provider issues it, so the advice names none (provider 'Webhook').
 */
const standardWebhook: Rule = {
  id: 'webhook-signing-secret',
  provider: 'Webhook',
  description: 'Webhook signing secret (Standard Webhooks: Svix, Clerk, Resend, OpenAI)',
  keywords: ['whsec_'],
  ...tokenFields({ prefixes: ['whsec_'], body: '[A-Za-z0-9+/]{32,86}={0,2}', boundary: B64_BOUNDARY, end: B64_END }),
  validate: standardWebhookSecret,
  severity: 'block',
  validation: 'whsec_ + base64 of 24–64 bytes, random-looking; not the OpenAI SDKs\' test vector',
  remediation: { envVar: 'WEBHOOK_SECRET' },
  samples() {
    const r = seededRandom('webhook-signing-secret');
    const secret = (): string => `whsec_${Buffer.from(r.chars(64, HEX), 'hex').toString('base64')}`;
    return {
      positives: [`CLERK_WEBHOOK_SECRET=${secret()}`, `const wh = new Webhook("${secret()}");`, `webhook_secret: '${secret()}'`],
      negatives: [
        'CLERK_WEBHOOK_SECRET="whsec_..."',
        `const secret = 'whsec_${'RdvaYFYUXuIFuEbvZHwMfYFh'}${'Uf7aMYjYcmM24+Aj40c='}';`,
        `WEBHOOK_SECRET=whsec_${'A'.repeat(43)}=`,
        `WEBHOOK_SECRET=whsec_${Buffer.from(r.chars(16, HEX), 'hex').toString('base64')}`,
      ],
    };
  },
};

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
  webhookSecret,
  standardWebhook,
];
