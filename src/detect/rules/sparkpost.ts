/**
 * SparkPost API keys (https://support.sparkpost.com/docs/getting-started/create-api-keys): 40
 * lower-case hex with no prefix (kingfisher sparkpost.yml: 40 characters), so only a value right
 * after a SparkPost key label counts (SPARKPOST_API_KEY, sparkpost_key). Checked on public code
 * (find_string `SPARKPOST_API_KEY=`): 10 hits, all placeholders (one all-`a`, which the placeholder
 * check rejects). No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { randomHex } from './labelledHex.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { HEX } from './labelledSamples.js';
import { labelSource } from './labelWords.js';

const ENV_VAR = 'SPARKPOST_API_KEY';

const apiKey = labelledRule({
  id: 'sparkpost-api-key',
  provider: 'SparkPost',
  description: 'SparkPost API key',
  keywords: ['sparkpost'],
  lead: `${labelSource([['sparkpost'], ['', 'api'], ['key', 'token']])}${ASSIGN}`,
  body: '[0-9a-f]{40}',
  validation: '40 lower-case hex right after a SparkPost key label',
  remediation: {
    revokeUrl: 'https://app.sparkpost.com/account/api-keys',
    usageUrl: 'https://app.sparkpost.com/reports/message-events',
    envVar: ENV_VAR,
  },
  sampleSecret: (r) => r.chars(40, HEX),
  contexts: (key) => [...labelledContexts(ENV_VAR, 'sparkpostApiKey', 'sparkpost_api_key', key)],
  negatives: (key) => [`SPARKPOST_API_KEY=${'a'.repeat(40)}`, `SPARKPOST_TEMPLATE_ID=${key}`],
});

export const sparkpostRules: readonly Rule[] = [{ ...apiKey, validate: randomHex }];
