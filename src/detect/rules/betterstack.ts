/**
 * Better Stack API tokens (https://betterstack.com/docs/uptime/api/getting-started-with-uptime-api/;
 * kingfisher betterstack.yml): 24 alphanumerics with no prefix, so only right after a Better Stack
 * (or Better Uptime, its former name) token label: `BETTERSTACK_API_TOKEN`, `BETTER_UPTIME_TOKEN`.
 * Logs source tokens (Logtail) are write-only and used in browser code, and are left out.
 * Checked on 10 public `BETTERSTACK_API_TOKEN` hits: indirections and placeholders only.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelKeywords, labelSource } from './labelWords.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'BETTERSTACK_API_TOKEN';
const NAME = [['better'], ['stack', 'uptime']];

export const betterstackRules: readonly Rule[] = [
  labelledRule({
    id: 'betterstack-api-token',
    provider: 'Better Stack',
    description: 'Better Stack (Better Uptime) API token',
    keywords: labelKeywords(NAME),
    lead: `${labelSource([...NAME, ['', 'api', 'uptime', 'team'], ['token', 'key']])}${ASSIGN}`,
    body: '[A-Za-z0-9]{24}',
    validation: '24 alphanumerics right after a Better Stack / Better Uptime token label',
    remediation: {
      revokeUrl: 'https://betterstack.com/settings/api-tokens',
      usageUrl: 'https://betterstack.com/docs/uptime/audit-logs/',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(24, ALPHABET.base62),
    contexts: (token) => [...labelledContexts(ENV_VAR, 'betterstackApiToken', 'betterstack_api_token', token), `BETTER_UPTIME_API_TOKEN="${token}"`],
    negatives: (token) => [`BETTERSTACK_MONITOR_ID=${token}`],
  }),
];
