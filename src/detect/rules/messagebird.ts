/**
 * MessageBird (Bird) REST API access keys (https://developers.messagebird.com/api/#authentication):
 * 25 alphanumerics with no prefix (gitleaks messagebird.go), sent as `Authorization: AccessKey …`.
 * Only a value right after a MessageBird key label (MESSAGEBIRD_API_KEY, message_bird_access_key) or
 * the `AccessKey` scheme, with "bird" within 300 characters, counts. Test and live keys share the
 * shape, so both block. No public example was found (only peers' test data); no checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase, near } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'MESSAGEBIRD_API_KEY';

export const messagebirdRules: readonly Rule[] = [
  labelledRule({
    id: 'messagebird-access-key',
    provider: 'MessageBird',
    description: 'MessageBird (Bird) REST API access key',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    lead: `(?:${labelSource([['message'], ['bird'], ['', 'api', 'access', 'live'], ['key', 'token']])}${ASSIGN}|${anyCase('accesskey')} )`,
    body: '[A-Za-z0-9]{25}',
    after: near('bird', 300, 25),
    validation: '25 alphanumerics right after a MessageBird key label or AccessKey scheme, "bird" within 300 characters',
    remediation: {
      revokeUrl: 'https://dashboard.messagebird.com/en/developers/access',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(25, ALPHABET.base62),
    contexts: (key) => [
      ...labelledContexts(ENV_VAR, 'messageBirdApiKey', 'message_bird_api_key', key),
      `curl https://rest.messagebird.com/messages -H 'Authorization: AccessKey ${key}'`,
    ],
    negatives: (key) => [`MESSAGEBIRD_ORIGINATOR=${key}`, 'MESSAGEBIRD_API_KEY=your_messagebird_key'],
  }),
];
