/**
 * GoCardless access tokens (https://developer.gocardless.com/getting-started/api/making-your-first-request):
 * `live_` + 40 base64url characters (gitleaks gocardless.go; sandbox tokens `sandbox_` move no money
 * and are left out). `live_` occurs in ordinary identifiers, so "gocardless" must appear within 300
 * characters, and the body must mix character classes. Checked on peers' test data only (no public
 * example found by find_string); no checksum.
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

export const gocardlessRules: readonly Rule[] = [
  prefixedRule({
    id: 'gocardless-live-access-token',
    provider: 'GoCardless',
    description: 'GoCardless live access token',
    prefixes: ['live_'],
    body: `${CLASS.base64url}{40}`,
    end: `(?!${CLASS.base64url})${near('gocardless', 300, 45)}`,
    keywords: ['gocardless'],
    needsContext: true,
    validate: (token) => classCount(token.slice(5)) === 3,
    validation: 'live_ + 40 base64url characters (upper, lower, digits) with "gocardless" within 300 characters',
    remediation: {
      revokeUrl: 'https://manage.gocardless.com/developers',
      envVar: 'GOCARDLESS_ACCESS_TOKEN',
    },
    sampleBody: (r) => `Ab1${r.chars(37, ALPHABET.base64url)}`,
    positives: (token) => [`client = gocardless_pro.Client(access_token="${token}", environment="live")`],
    negatives: (token) => [`stream_key = "${token}"`, `GOCARDLESS_ACCESS_TOKEN=live_${'configuration_value_for_the_gocardless'}`],
  }),
];
