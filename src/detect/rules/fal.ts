/**
 * fal.ai API keys (https://docs.fal.ai/model-apis/authentication: `FAL_KEY`, sent as
 * `Authorization: Key …`): a key id (UUID) + `:` + a 32-hex secret. Neither half has a prefix, so
 * only a value right after a fal key label counts (`FAL_KEY=`, `FAL_API_KEY=`, `falKey:`). Checked
 * on 1 public example (`FAL_KEY = "<uuid>:<32 hex>"`) and 19 placeholders (`test-fal-key`,
 * `00000000-…:fakehash`, `your_fal_key_here`). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead, UUID_SOURCE } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';
import { uuidFrom } from './labelledSamples.js';
import { labelKeywords } from './labelWords.js';

const ENV_VAR = 'FAL_KEY';
/** `FAL_KEY`, `FAL_API_KEY`, `falKey`; the word must start the name (`NORMAL_KEY` is not fal's). */
const LABEL = [['fal'], ['', 'ai'], ['', 'api'], ['key']];

export const falRules: readonly Rule[] = [
  hexLabelledRule({
    id: 'fal-api-key',
    provider: 'fal',
    description: 'fal.ai API key (key id and secret)',
    keywords: labelKeywords(LABEL),
    lead: labelLead(LABEL),
    body: `${UUID_SOURCE}:[0-9a-f]{32}`,
    validation: 'UUID key id + : + 32 lower-case hex right after a fal key label (FAL_KEY=…)',
    remediation: {
      revokeUrl: 'https://fal.ai/dashboard/keys',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => `${uuidFrom(r.chars(32, HEX_LOWER))}:${r.chars(32, HEX_LOWER)}`,
    contexts: (key) => [...labelledContexts(ENV_VAR, 'falKey', 'fal_key', key), `FAL_API_KEY=${key}`],
    negatives: (key) => [`NORMAL_KEY=${key}`, `FAL_KEY_ID=${key.slice(0, 36)}`, `request: "${key}"`],
  }),
];
