/**
 * Sumo Logic access keys (https://help.sumologic.com/docs/manage/security/access-keys/; gitleaks
 * sumologic.go): an access id (`su` + 12 alphanumerics, useless alone) and a 64-alphanumeric access
 * key, with no prefix, so the key is only reported right after a Sumo Logic access key label
 * (`SUMO_ACCESS_KEY`, `SUMOLOGIC_ACCESSKEY`). Checked on 10 public `SUMO_ACCESS_KEY` hits: 1 real key
 * (64 alphanumerics, next to a `su` + 12 access id), 4 placeholders, 5 indirections.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'SUMO_ACCESS_KEY';

export const sumologicRules: readonly Rule[] = [
  labelledRule({
    id: 'sumologic-access-key',
    provider: 'Sumo Logic',
    description: 'Sumo Logic access key',
    keywords: ['sumo'],
    lead: `${labelSource([['sumo', 'sumologic', 'sumo_logic'], ['access'], ['key']])}${ASSIGN}`,
    body: '[A-Za-z0-9]{64}',
    validation: '64 alphanumerics right after a Sumo Logic access key label (SUMO_ACCESS_KEY=…)',
    remediation: {
      revokeUrl: 'https://help.sumologic.com/docs/manage/security/access-keys/',
      usageUrl: 'https://help.sumologic.com/docs/manage/security/audit-index/',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(64, ALPHABET.base62),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'sumoAccessKey', 'sumo_access_key', key), `SUMOLOGIC_ACCESSKEY: ${key}`],
    negatives: (_key, r) => [`SUMO_ACCESS_ID=su${r.chars(12, ALPHABET.base62)}`, 'SUMOLOGIC_ACCESSKEY: ${SUMOLOGIC_ACCESSKEY}'],
  }),
];
