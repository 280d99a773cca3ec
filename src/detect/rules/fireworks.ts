/**
 * Fireworks AI API keys (https://docs.fireworks.ai/api-reference/introduction: `Authorization:
 * Bearer fw_…`): `fw_` + 24 base62 (27 characters). Checked on 5 public examples (all 24 characters,
 * digits and both cases, each with Fireworks named within 200 characters: `FIREWORK(S)_API_KEY`,
 * `api.fireworks.ai`, `langchain_fireworks`) and 12 placeholders (`fw_...`, `fw_xxx`, `fw_api_key`).
 * No checksum. `fw_` also opens firmware identifiers in C (`fw_version`, `fw_RxDescriptorTable2x`),
 * so the key counts only with Fireworks named nearby.
 */
import type { Rule } from '../types.js';
import { namedNearby } from './aiPlatformKit.js';
import { CLASS } from './pattern.js';
import { looksRandom } from './labelledRule.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const fireworksRules: readonly Rule[] = [
  prefixedRule({
    id: 'fireworks-api-key',
    provider: 'Fireworks AI',
    description: 'Fireworks AI API key',
    prefixes: ['fw_'],
    body: `${CLASS.base62}{24}`,
    boundary: CLASS.word,
    ...namedNearby(['firework'], 27),
    validate: (key) => looksRandom(key.slice(3)),
    validation: 'fw_ + 24 base62, random-looking, with Fireworks named within 200 characters (27 in all)',
    remediation: { revokeUrl: 'https://fireworks.ai/account/api-keys', envVar: 'FIREWORKS_API_KEY' },
    sampleBody: (r) => `3Z${r.chars(22, ALPHABET.base62)}`,
    positives: (key) => [
      `llm = ChatFireworks(model="accounts/fireworks/models/deepseek-r1", fireworks_api_key="${key}")`,
      `client = OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key="${key}")`,
      `export FIREWORK_API_KEY="${key}"`,
    ],
    negatives: (key) => [
      `#define FW_UPDATE_MAGIC fw_${'FirmwareUpdateHeaderMagi'}`,
      // Built from parts: written whole, this file (which names Fireworks) would hold a finding of its own rule.
      `static uint32_t fw_${'RxDescriptorTable2xQ7v9z'} = 0;`,
      `const traceId = "${key}";`,
      'FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  }),
];
