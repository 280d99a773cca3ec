/**
 * Sendbird API tokens (https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api#2-authentication):
 * the master/secondary API token is 40 lower-case hex with no prefix (gitleaks sendbird.go); the
 * application id is a UUID and public. Only a value right after a Sendbird token label
 * (SENDBIRD_API_TOKEN, sendbird_master_token) or in the `Api-Token` header with "sendbird" nearby
 * counts. Checked on peers' test data only (no public example found); no checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase, near } from './labels.js';
import { randomHex } from './labelledHex.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { HEX } from './labelledSamples.js';
import { labelSource } from './labelWords.js';

const ENV_VAR = 'SENDBIRD_API_TOKEN';

const apiToken = labelledRule({
  id: 'sendbird-api-token',
  provider: 'Sendbird',
  description: 'Sendbird Platform API token',
  keywords: ['sendbird'],
  lead: `(?:${labelSource([['sendbird'], ['', 'api', 'master', 'secondary', 'app'], ['token', 'key']])}${ASSIGN}|${anyCase('api-token')}${ASSIGN})`,
  body: '[0-9a-f]{40}',
  after: near('sendbird', 300, 40),
  validation: '40 lower-case hex right after a Sendbird token label or Api-Token header, "sendbird" within 300 characters',
  remediation: {
    revokeUrl: 'https://dashboard.sendbird.com/settings/general',
    envVar: ENV_VAR,
  },
  sampleSecret: (r) => r.chars(40, HEX),
  contexts: (token, r) => [
    ...labelledContexts(ENV_VAR, 'sendbirdApiToken', 'sendbird_api_token', token),
    `requests.get(f"https://api-${r.chars(8, HEX)}.sendbird.com/v3/users", headers={"Api-Token": "${token}"})`,
  ],
  negatives: (token) => [`SENDBIRD_APP_ID=${token.slice(0, 8)}-${token.slice(8, 12)}-4${token.slice(13, 16)}-a${token.slice(17, 20)}-${token.slice(20, 32)}`],
});

export const sendbirdRules: readonly Rule[] = [{ ...apiToken, validate: randomHex }];
