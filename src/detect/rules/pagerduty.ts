/**
 * PagerDuty REST API keys (https://support.pagerduty.com/main/docs/api-access-keys; kingfisher
 * pagerdutyapikey.yml, trufflehog pagerdutyapikey): 20 characters from letters, digits, `_`, `-`
 * and `+` (user tokens start `u+`), no prefix, so only right after a PagerDuty label
 * (`PAGERDUTY_API_KEY`, `pagerduty_token`). The key printed throughout PagerDuty's API docs is a
 * public sample. Checked on 10 public `PAGERDUTY_API_KEY` hits: 1 placeholder (`11111`), the rest
 * indirections (one in PagerDuty's `Token token=` header); no real key to compare.
 */
import type { Rule } from '../types.js';
import { notKnownSample } from './docsKeys.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts, labelledRule, looksRandom } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'PAGERDUTY_API_KEY';
const isNotDocsKey = notKnownSample(new Set(['5d712ba728d81c07']));

const rule = labelledRule({
  id: 'pagerduty-api-key',
  provider: 'PagerDuty',
  description: 'PagerDuty REST API key or user token',
  keywords: ['pagerduty', 'pager_duty'],
  lead: `${labelSource([['pagerduty', 'pager_duty'], ['', 'api', 'rest', 'user'], ['key', 'token']])}${ASSIGN}`,
  body: 'u\\+[A-Za-z0-9_-]{18}|[A-Za-z0-9_-]{20}',
  validation: '20 characters (letters, digits, _ - +; user tokens u+…) right after a PagerDuty key label; not the docs sample',
  remediation: {
    revokeUrl: 'https://support.pagerduty.com/main/docs/api-access-keys',
    envVar: ENV_VAR,
  },
  sampleSecret: (r) => r.chars(20, ALPHABET.base64url),
  contexts: (key, r) => [
    ...labelledContexts(ENV_VAR, 'pagerdutyApiKey', 'pagerduty_api_key', key),
    `PAGERDUTY_USER_TOKEN="u+${r.chars(18, ALPHABET.base64url)}"`,
  ],
  negatives: (key) => [`PAGERDUTY_SERVICE_ID=${key.slice(0, 7)}`, `${ENV_VAR}=${'y_NbAkKc66'}${'ryYTWUXYEu'}`],
});

export const pagerdutyRules: readonly Rule[] = [{ ...rule, validate: (key) => looksRandom(key) && isNotDocsKey(key) }];
