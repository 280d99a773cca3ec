/**
 * Together AI API keys (https://docs.together.ai/reference/authentication). Current keys are
 * `tgp_v1_` + 43 base64url characters (50 in all): checked on 8 public examples (all 43, with `-`
 * and `_` in the body) and 2 placeholders. Older keys are 64 lower-case hex with no prefix
 * (kingfisher together.yml), reported only right after a Together label. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'TOGETHER_API_KEY';
const remediation = {
  revokeUrl: 'https://api.together.ai/settings/api-keys',
  usageUrl: 'https://api.together.ai/settings/billing',
  envVar: ENV_VAR,
};

export const togetherRules: readonly Rule[] = [
  prefixedRule({
    id: 'together-api-key',
    provider: 'Together AI',
    description: 'Together AI API key',
    prefixes: ['tgp_v1_'],
    body: `${CLASS.base64url}{43}`,
    validation: 'tgp_v1_ + 43 base64url characters (50 in all)',
    remediation,
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
    positives: (key) => [`client = Together(api_key="${key}")`, `together_client = OpenAI(api_key="${key}", base_url="https://api.together.xyz/v1")`],
  }),
  hexLabelledRule({
    id: 'together-legacy-api-key',
    provider: 'Together AI',
    description: 'Together AI API key (legacy 64-hex form)',
    keywords: ['together'],
    lead: labelLead([['together'], ['', 'ai'], ['', 'api'], ['key', 'token']]),
    body: '[0-9a-f]{64}',
    validation: '64 lower-case hex right after a Together label (TOGETHER_API_KEY=…)',
    remediation,
    sampleSecret: (r) => r.chars(64, HEX_LOWER),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'togetherApiKey', 'together_api_key', key), `TOGETHER_AI_API_KEY=${key}`],
    negatives: (key) => [`TOGETHER_MODEL_SHA=${key}`, `sha256: ${key}`],
  }),
];
