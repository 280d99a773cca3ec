/**
 * Zendesk API tokens (https://support.zendesk.com/hc/en-us/articles/4408889192858): 40
 * alphanumerics with no prefix (gitleaks zendesk.go), used with `email/token` Basic auth. Only a
 * value right after a Zendesk token label counts (ZENDESK_API_TOKEN, zendesk_token, ZendeskApiKey).
 * Checked on public code (find_string `ZENDESK_API_TOKEN=`): 10 hits, all placeholders. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'ZENDESK_API_TOKEN';

export const zendeskRules: readonly Rule[] = [
  labelledRule({
    id: 'zendesk-api-token',
    provider: 'Zendesk',
    description: 'Zendesk API token',
    keywords: ['zendesk'],
    lead: `${labelSource([['zendesk'], ['', 'api', 'support', 'access'], ['token', 'key']])}${ASSIGN}`,
    body: '[A-Za-z0-9]{40}',
    validation: '40 alphanumerics right after a Zendesk token label',
    remediation: {
      revokeUrl: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(40, ALPHABET.base62),
    contexts: (token) => [...labelledContexts(ENV_VAR, 'zendeskApiToken', 'zendesk_api_token', token)],
    negatives: () => ['ZENDESK_API_TOKEN=your-api-token', 'ZENDESK_SUBDOMAIN=your-subdomain'],
  }),
];
