/**
 * Mistral AI API keys (secret-formats.md §19; kingfisher mistral.yml): 32 alphanumerics with no
 * prefix, so only a value labelled as a Mistral key is reported. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'MISTRAL_API_KEY';

/** `MISTRAL_API_KEY`, `mistralApiKey`, `Mistral(api_key=`, YAML `mistral:\n  api_key:`. */
const LABEL = `${anyCase('mistral')}[\\w.()\\s:-]{0,30}?(?:${anyCase('api')}[_-]?)?(?:${anyCase('key')}|${anyCase('token')})${ASSIGN}`;

export const mistralRules: readonly Rule[] = [
  labelledRule({
    id: 'mistral-api-key',
    provider: 'Mistral',
    description: 'Mistral AI API key',
    keywords: ['mistral'],
    lead: LABEL,
    body: '[A-Za-z0-9]{32}',
    validation: '32 alphanumerics labelled as a Mistral key (no prefix, no checksum)',
    remediation: {
      revokeUrl: 'https://console.mistral.ai/api-keys',
      usageUrl: 'https://console.mistral.ai/usage',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(32, ALPHABET.base62),
    contexts: (key) => [
      ...labelledContexts(ENV_VAR, 'mistralApiKey', 'mistral_api_key', key),
      `client = Mistral(api_key="${key}")`,
      `llm = ChatMistralAI(model="mistral-large-latest", mistral_api_key="${key}")`,
      `providers:\n  mistral:\n    api_key: ${key}\n`,
    ],
    negatives: (key) => [`MISTRAL_MODEL=${key}`, `mistral: "${key.slice(0, 16)}-${key.slice(16)}"`],
  }),
];
