/**
 * Razorpay API keys (https://razorpay.com/docs/api/authentication/#generate-api-keys): a key id
 * `rzp_live_`/`rzp_test_` + 14 alphanumerics (an identifier, sent in browser checkout code) and a key
 * secret of 24 alphanumerics with no prefix. The secret is reported right after a Razorpay secret
 * label (RAZORPAY_KEY_SECRET, razorpay_secret), after a `key_secret` label with a key id within 200
 * characters before it, or as the argument after a key id (`razorpay.Client(auth=("rzp_live_…", "…"))`).
 * Checked on public code (find_string `RAZORPAY_KEY_SECRET=`): 10 hits, all placeholders; the
 * 24-character length is trufflehog's (razorpay.go) and the docs'. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'RAZORPAY_KEY_SECRET';
const KEY_ID = 'rzp_(?:live|test)_[A-Za-z0-9]{14}';
const LEAD = [
  `${labelSource([['razorpay'], ['', 'key', 'api'], ['secret']])}${ASSIGN}`,
  // Look-behind after the label (its 11 characters included): placed first it ran at every position.
  `${anyCase('key')}[_-]?${anyCase('secret')}(?<=rzp_[\\s\\S]{0,211})${ASSIGN}`,
  `${KEY_ID}["']?[ \\t]{0,4},[ \\t]{0,4}["']`,
].join('|');

export const razorpayRules: readonly Rule[] = [
  labelledRule({
    id: 'razorpay-key-secret',
    provider: 'Razorpay',
    description: 'Razorpay API key secret',
    keywords: ['razorpay', 'rzp_'],
    lead: `(?:${LEAD})`,
    body: '[A-Za-z0-9]{24}',
    validation: '24 alphanumerics after a Razorpay secret label, a key_secret label near an rzp_ key id, or right after the key id',
    remediation: {
      revokeUrl: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
      usageUrl: 'https://dashboard.razorpay.com/app/payments',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(24, ALPHABET.base62),
    contexts: (secret, r) => [
      ...labelledContexts(ENV_VAR, 'razorpayKeySecret', 'razorpay_key_secret', secret),
      `client = razorpay.Client(auth=("rzp_live_${r.chars(14, ALPHABET.base62)}", "${secret}"))`,
      `const instance = new Razorpay({\n  key_id: 'rzp_test_${r.chars(14, ALPHABET.base62)}',\n  key_secret: '${secret}',\n});`,
    ],
    negatives: (secret, r) => [`RAZORPAY_KEY_ID=rzp_live_${r.chars(14, ALPHABET.base62)}`]
  }),
];
