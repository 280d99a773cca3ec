/**
 * Postmark server and account API tokens (https://postmarkapp.com/developer/api/overview#authentication):
 * a UUID with no prefix, sent in `X-Postmark-Server-Token` / `X-Postmark-Account-Token`. Server ids
 * and message ids are UUIDs too, so only a UUID right after a Postmark token label or header counts
 * (POSTMARK_SERVER_TOKEN, POSTMARK_API_TOKEN, postmark_api_key). Postmark's `POSTMARK_API_TEST`
 * test token is no UUID. Checked on public code (find_string `POSTMARK_SERVER_TOKEN=`): 10 hits, all
 * placeholders or empty. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { labelSource } from './labelWords.js';

const ENV_VAR = 'POSTMARK_SERVER_TOKEN';
const LEAD = [
  `${labelSource([['postmark'], ['', 'server', 'account', 'api'], ['token', 'key']])}${ASSIGN}`,
  `${anyCase('x-postmark-')}(?:${anyCase('server')}|${anyCase('account')})-${anyCase('token')}${ASSIGN}`,
].join('|');

const serverToken = labelledRule({
  id: 'postmark-api-token',
  provider: 'Postmark',
  description: 'Postmark server or account API token',
  keywords: ['postmark'],
  lead: `(?:${LEAD})`,
  body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
  validation: 'UUID right after a Postmark token label or X-Postmark-Server/Account-Token header',
  remediation: {
    revokeUrl: 'https://account.postmarkapp.com/servers',
    envVar: ENV_VAR,
  },
  sampleSecret: (r) => uuidFrom(r.chars(32, HEX)),
  contexts: (token) => [
    ...labelledContexts(ENV_VAR, 'postmarkServerToken', 'postmark_server_token', token),
    `headers = {"X-Postmark-Server-Token": "${token}"}`,
    `POSTMARK_ACCOUNT_TOKEN=${token.toUpperCase()}`,
  ],
  negatives: (token) => [`POSTMARK_SERVER_ID=${token}`, `message_id: ${token}  # postmark`, 'X-Postmark-Server-Token: POSTMARK_API_TEST'],
});

export const postmarkRules: readonly Rule[] = [
  // UUIDs hold dashes and at most 4 bits per character: the shared randomness test does not fit;
  // nil and sequential UUIDs are placeholders (the shared placeholder check catches runs of six).
  { ...serverToken, validate: (secret) => !/^0{8}-/.test(secret) },
];
