/**
 * Mailjet API secret keys (https://dev.mailjet.com/email/guides/#authentication): a public API key
 * and a secret key, each 32 lower-case hex, used as Basic-auth user and password. Only the secret
 * right after a Mailjet secret label counts (MJ_APIKEY_PRIVATE — Mailjet's own name in its SDK docs —,
 * MAILJET_API_SECRET, MAILJET_SECRET_KEY). Checked on public code (find_string `MJ_APIKEY_PRIVATE`):
 * 10 hits, all read from the environment. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { randomHex } from './labelledHex.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { HEX } from './labelledSamples.js';
import { labelSource } from './labelWords.js';

const ENV_VAR = 'MJ_APIKEY_PRIVATE';
const LEAD = [
  `${labelSource([['mailjet'], ['', 'api'], ['secret', 'private'], ['', 'key']])}${ASSIGN}`,
  `${anyCase('mj')}[_-]?${anyCase('apikey')}[_-]?${anyCase('private')}${ASSIGN}`,
].join('|');

const secretKey = labelledRule({
  id: 'mailjet-secret-key',
  provider: 'Mailjet',
  description: 'Mailjet API secret key',
  keywords: ['mailjet', 'mj_apikey', 'mjapikey'],
  lead: `(?:${LEAD})`,
  body: '[0-9a-f]{32}',
  validation: '32 lower-case hex right after a Mailjet secret label (MJ_APIKEY_PRIVATE, MAILJET_API_SECRET)',
  remediation: {
    revokeUrl: 'https://app.mailjet.com/account/apikeys',
    usageUrl: 'https://app.mailjet.com/stats',
    envVar: ENV_VAR,
  },
  sampleSecret: (r) => r.chars(32, HEX),
  contexts: (secret) => [...labelledContexts(ENV_VAR, 'mailjetApiSecret', 'mailjet_api_secret', secret), `MAILJET_SECRET_KEY=${secret}`],
  negatives: (secret) => [`MJ_APIKEY_PUBLIC=${secret}`, `MAILJET_API_SECRET=your-mailjet-secret`],
});

export const mailjetRules: readonly Rule[] = [{ ...secretKey, validate: randomHex }];
