/**
 * AI21 Labs API keys (https://docs.ai21.com/reference/authentication: `Authorization: Bearer …`,
 * `AI21_API_KEY`): no prefix — older Studio keys are UUIDs, current ones 32 alphanumerics — so only a
 * value right after an AI21 label counts. Checked on 6 public examples behind `AI21_API_KEY` (4
 * UUIDs, 2 of 32 alphanumerics) and 4 placeholders. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLooksRandom, labelLead, UUID_SOURCE } from './aiPlatformKit.js';
import { labelledContexts, labelledRule, looksRandom } from './labelledRule.js';
import { uuidFrom } from './labelledSamples.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'AI21_API_KEY';

const rule = labelledRule({
  id: 'ai21-api-key',
  provider: 'AI21 Labs',
  description: 'AI21 Labs API key',
  keywords: ['ai21'],
  lead: labelLead([['ai21'], ['', 'studio', 'labs'], ['', 'api'], ['key']]),
  body: `${UUID_SOURCE}|[A-Za-z0-9]{32}`,
  validation: 'UUID or 32 alphanumerics right after an AI21 key label (AI21_API_KEY=…)',
  remediation: { revokeUrl: 'https://studio.ai21.com/account/api-key', envVar: ENV_VAR },
  sampleSecret: (r) => r.chars(32, ALPHABET.base62),
  contexts: (key, r) => [...labelledContexts(ENV_VAR, 'ai21ApiKey', 'ai21_api_key', key), `const AI21_API_KEY = "${uuidFrom(r.chars(32, HEX_LOWER))}";`],
  negatives: (key) => [`AI21_MODEL=${key}`],
});

/** A UUID is judged as hex, the 32-character form as mixed alphanumerics. */
export const ai21Rules: readonly Rule[] = [{ ...rule, validate: (key) => (key.includes('-') ? hexLooksRandom(key) : looksRandom(key)) }];
