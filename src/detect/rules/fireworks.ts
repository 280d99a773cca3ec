/**
 * Fireworks AI API keys (https://docs.fireworks.ai/api-reference/introduction: `Authorization:
 * Bearer fw_…`): `fw_` + 24 base62 (27 characters). Checked on 5 public examples (all 24 characters,
 * digits and both cases) and 12 placeholders (`fw_...`, `fw_xxx`, `fw_api_key`). No checksum.
 * `fw_` also opens firmware identifiers (`fw_version`, `fw_buf`), so the body must mix digits, upper
 * and lower case, as 98% of random 24-character bodies do.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

export const fireworksRules: readonly Rule[] = [
  prefixedRule({
    id: 'fireworks-api-key',
    provider: 'Fireworks AI',
    description: 'Fireworks AI API key',
    prefixes: ['fw_'],
    body: `${CLASS.base62}{24}`,
    boundary: CLASS.word,
    validate: (key) => classCount(key.slice(3)) === 3,
    validation: 'fw_ + 24 base62 with digits, upper and lower case (27 in all)',
    remediation: {
      revokeUrl: 'https://fireworks.ai/account/api-keys',
      envVar: 'FIREWORKS_API_KEY',
    },
    sampleBody: (r) => `3Z${r.chars(20, ALPHABET.base62)}a1`,
    positives: (key) => [`llm = ChatFireworks(model="accounts/fireworks/models/deepseek-r1", fireworks_api_key="${key}")`],
    negatives: () => ['#define FW_UPDATE_MAGIC fw_FirmwareUpdateHeaderMagi', 'uint32_t fw_powermanagementcontrolx2 = 0;', 'FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
