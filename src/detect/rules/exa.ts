/**
 * Exa API keys (https://docs.exa.ai/reference/getting-started: `x-api-key`, `EXA_API_KEY`): a
 * lower-case UUID, so only a value right after an Exa label counts (`EXA_API_KEY=`, `Exa(api_key=`
 * is not a label: every SDK takes `api_key`). Checked on 1 public example (`exa_api_key = "<uuid>"`)
 * and 9 placeholders (`fake`, `test-exa`, `...`, truncated `cffe...`). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead, UUID_SOURCE } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';
import { uuidFrom } from './labelledSamples.js';
import { labelKeywords } from './labelWords.js';

const ENV_VAR = 'EXA_API_KEY';
/** `EXA_API_KEY`, `exaApiKey`, `exa-key`; the word must start the name (`HEXA_KEY` is not Exa's). */
const LABEL = [['exa'], ['', 'api'], ['key']];

export const exaRules: readonly Rule[] = [
  hexLabelledRule({
    id: 'exa-api-key',
    provider: 'Exa',
    description: 'Exa search API key',
    keywords: labelKeywords(LABEL),
    lead: labelLead(LABEL),
    body: UUID_SOURCE,
    validation: 'UUID right after an Exa key label (EXA_API_KEY=…)',
    remediation: {
      revokeUrl: 'https://dashboard.exa.ai/api-keys',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX_LOWER)),
    contexts: (key) => labelledContexts(ENV_VAR, 'exaApiKey', 'exa_api_key', key),
    negatives: (key) => [`HEXA_API_KEY=${key}`, `EXA_REQUEST_ID=${key}`],
  }),
];
