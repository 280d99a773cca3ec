/**
 * PayPal REST app client secrets (https://developer.paypal.com/api/rest/#link-getclientidandclientsecret):
 * 80 base64url characters starting with `E` (client ids are 80 starting with `A`, and public). No
 * prefix of its own, so only a value right after a PayPal secret label counts (PAYPAL_CLIENT_SECRET,
 * paypal_secret, PayPalSecret). Checked on 5 public examples of this shape (find_string
 * `PAYPAL_CLIENT_SECRET=E`, all 80 characters), 5 placeholders (short or `ELxxxx`). No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'PAYPAL_CLIENT_SECRET';
const LABEL = labelSource([['paypal'], ['', 'client', 'api', 'live', 'sandbox', 'app'], ['secret']]);

export const paypalRules: readonly Rule[] = [
  labelledRule({
    id: 'paypal-client-secret',
    provider: 'PayPal',
    description: 'PayPal REST app client secret',
    keywords: ['paypal'],
    lead: `${LABEL}${ASSIGN}`,
    body: `E[A-Za-z0-9_-]{79}`,
    validation: 'E + 79 base64url characters (80 in all) right after a PayPal secret label',
    remediation: {
      revokeUrl: 'https://developer.paypal.com/dashboard/applications/live',
      usageUrl: 'https://developer.paypal.com/dashboard/',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => `E${r.chars(79, ALPHABET.base64url)}`,
    contexts: (secret) => [...labelledContexts(ENV_VAR, 'paypalClientSecret', 'paypal_client_secret', secret), `PAYPAL_SECRET=${secret}`],
    negatives: (secret) => [`PAYPAL_CLIENT_ID=A${secret.slice(1)}`, `paypal_mode: live  # ${secret.slice(0, 8)}…`],
  }),
];
