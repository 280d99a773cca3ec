/**
 * Opsgenie API keys (https://support.atlassian.com/opsgenie/docs/api-key-management/; kingfisher
 * opsgenie.yml): a UUID, so only after Opsgenie's own `GenieKey` authorization scheme or right after
 * an Opsgenie key label (`OPSGENIE_API_KEY`, `opsgenie_key`). Checked on 20 public hits of
 * `OPSGENIE_API_KEY` and `GenieKey `: one nil-UUID placeholder, the rest indirections
 * (`GenieKey {api_key}`), which do not match; no real key to compare.
 */
import type { Rule } from '../types.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts } from './labelledRule.js';
import { hexRule } from './hexRandom.js';

const ENV_VAR = 'OPSGENIE_API_KEY';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const opsgenieRules: readonly Rule[] = [
  hexRule({
    id: 'opsgenie-api-key',
    provider: 'Opsgenie',
    description: 'Opsgenie API key',
    keywords: ['opsgenie', 'geniekey'],
    lead: `(?:${labelSource([['opsgenie'], ['', 'api', 'integration', 'heartbeat'], ['key', 'token']])}${ASSIGN}|GenieKey[ \\t]{1,4})`,
    body: UUID,
    validation: 'UUID after the GenieKey scheme or an Opsgenie key label',
    remediation: {
      revokeUrl: 'https://support.atlassian.com/opsgenie/docs/api-key-management/',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX)),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'opsgenieApiKey', 'opsgenie_api_key', key), `headers = {"Authorization": "GenieKey ${key}"}`],
    negatives: (key) => [`OPSGENIE_TEAM_ID=${key}`, '"Authorization": f"GenieKey {opsgenie_token}",'],
  }),
];
