/**
 * Twitch client secrets and OAuth tokens (https://dev.twitch.tv/docs/authentication/): 30
 * lower-case alphanumerics with no prefix (gitleaks twitch.go, kingfisher twitchaccesstoken.yml);
 * chat (IRC) logins write the token as `oauth:` + the same 30. Client ids have the same shape and
 * are public, so only a value right after a Twitch secret/token label counts (TWITCH_CLIENT_SECRET,
 * TWITCH_OAUTH_TOKEN, twitch_access_token). Checked on public code (find_string
 * `TWITCH_CLIENT_SECRET=`): 10 hits, all placeholders. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';

const ENV_VAR = 'TWITCH_CLIENT_SECRET';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const LABEL = labelSource([['twitch'], ['', 'client', 'app', 'oauth', 'access', 'bot', 'chat', 'irc', 'user'], ['secret', 'token', 'password']]);

export const twitchRules: readonly Rule[] = [
  labelledRule({
    id: 'twitch-client-secret',
    provider: 'Twitch',
    description: 'Twitch client secret or OAuth token',
    keywords: ['twitch'],
    lead: `${LABEL}${ASSIGN}(?:oauth:)?`,
    body: '[a-z0-9]{30}',
    validation: '30 lower-case alphanumerics (optionally after oauth:) right after a Twitch secret/token label',
    remediation: {
      revokeUrl: 'https://dev.twitch.tv/console/apps',
      usageUrl: 'https://www.twitch.tv/settings/connections',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(30, BASE36),
    contexts: (secret) => [
      ...labelledContexts(ENV_VAR, 'twitchClientSecret', 'twitch_client_secret', secret),
      `TWITCH_OAUTH_TOKEN=oauth:${secret}`,
    ],
    negatives: (secret) => [`TWITCH_CLIENT_ID=${secret}`, 'TWITCH_CLIENT_SECRET=your_client_secret_here'],
  }),
];
