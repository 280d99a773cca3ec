/**
 * Zilliz Cloud API keys (https://docs.zilliz.com/docs/manage-api-keys: passed as the Milvus client's
 * `token`, conventionally `ZILLIZ_CLOUD_API_KEY`): 104 lower-case hex with no prefix, so only a value
 * right after a Zilliz label counts. Checked on 1 public example (104 hex) and 12 placeholders
 * (`your_zilliz_api_key_here`, `<api-key>`, `xxxxx`). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';

const ENV_VAR = 'ZILLIZ_CLOUD_API_KEY';

export const zillizRules: readonly Rule[] = [
  hexLabelledRule({
    id: 'zilliz-api-key',
    provider: 'Zilliz',
    description: 'Zilliz Cloud API key',
    keywords: ['zilliz'],
    lead: labelLead([['zilliz'], ['', 'cloud'], ['', 'api'], ['key', 'token']]),
    body: '[0-9a-f]{104}',
    validation: '104 lower-case hex right after a Zilliz key label (ZILLIZ_CLOUD_API_KEY=…)',
    remediation: { revokeUrl: 'https://docs.zilliz.com/docs/manage-api-keys', envVar: ENV_VAR },
    sampleSecret: (r) => r.chars(104, HEX_LOWER),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'zillizApiKey', 'zilliz_api_key', key), `ZILLIZ_API_KEY=${key}`],
    negatives: (key) => [`ZILLIZ_CLUSTER_ID=${key}`],
  }),
];
