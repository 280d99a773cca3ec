/**
 * Clerk secret keys (https://clerk.com/docs/deployments/clerk-environment-variables; kingfisher has
 * no rule): `sk_live_` / `sk_test_` + 42 alphanumerics (checked on 10 public `CLERK_SECRET_KEY=sk_` hits: 2 real
 * keys, both 42, and 8 placeholders;
 * publishable keys `pk_…` are public by design). Stripe's keys share the prefixes and alphabet, and
 * stripe.ts already reports every such value (24–247 characters): that finding stays Stripe's unless
 * the key says it is Clerk's — exactly 42 characters with "clerk" within 300 characters
 * (`CLERK_SECRET_KEY=…`, `clerkClient`) — where this rule supersedes it, so the remediation names the
 * right dashboard. Like Stripe's, a development-instance key (`sk_test_`) warns: it reaches test users only.
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule, type PrefixedSpec } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const TOKEN_LENGTH = 50;
const common = {
  provider: 'Clerk',
  body: `${CLASS.base62}{42}`,
  boundary: CLASS.word,
  end: `(?!${CLASS.word})${near('clerk', 300, TOKEN_LENGTH)}`,
  keywords: ['clerk'],
  needsContext: true,
  // Off by one is still a Stripe-shaped key, which stripe.ts reports: not a negative here.
  fixedLength: false,
  sampleBody: (r) => r.chars(42, ALPHABET.base62),
} satisfies Partial<PrefixedSpec>;

const remediation = { revokeUrl: 'https://dashboard.clerk.com/last-active?path=api-keys', envVar: 'CLERK_SECRET_KEY' };

export const clerkRules: readonly Rule[] = [
  {
    ...prefixedRule({
      ...common,
      id: 'clerk-secret-key',
      description: 'Clerk production secret key',
      prefixes: ['sk_live_'],
      validation: 'sk_live_ + 42 alphanumerics with "clerk" within 300 characters (else Stripe\'s)',
      remediation,
      positives: (key) => [`const clerk = createClerkClient({ secretKey: '${key}' });`],
      negatives: () => ['CLERK_SECRET_KEY=sk_live_xxxxxxxxxxxx', 'CLERK_PUBLISHABLE_KEY=pk_live_Y2xlcmsuZXhhbXBsZS5jb20k'],
    }),
    supersedes: ['stripe-live-secret-key'],
  },
  {
    ...prefixedRule({
      ...common,
      id: 'clerk-development-secret-key',
      description: 'Clerk development-instance secret key (test users only)',
      prefixes: ['sk_test_'],
      severity: 'warn',
      validation: 'sk_test_ + 42 alphanumerics with "clerk" within 300 characters (else Stripe\'s)',
      remediation,
      negatives: () => ['CLERK_SECRET_KEY=sk_test_...'],
    }),
    supersedes: ['stripe-test-key'],
  },
];
