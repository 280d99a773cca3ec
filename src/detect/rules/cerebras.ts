/**
 * Cerebras Inference API keys (https://inference-docs.cerebras.ai/quickstart: `CEREBRAS_API_KEY`,
 * keys from cloud.cerebras.ai): `csk-` + 48 lower-case letters and digits (52 characters). Checked
 * on 2 public examples (both 48, drawn from digits 2–9 and 15 consonant-like letters — too few to
 * narrow the alphabet) and 9 placeholders (`csk-...`, `csk-test`). `csk-` also opens CSS class names
 * (`csk-live-indicator`), which carry hyphens and words: the body must be one random run.
 */
import type { Rule } from '../types.js';
import { looksRandom } from './labelledRule.js';
import { prefixedRule } from './prefixedRule.js';

const ALPHABET_SEEN = '23456789cdefhjkmnprtvwxy';

export const cerebrasRules: readonly Rule[] = [
  prefixedRule({
    id: 'cerebras-api-key',
    provider: 'Cerebras',
    description: 'Cerebras Inference API key',
    prefixes: ['csk-'],
    body: '[a-z0-9]{48}',
    validate: (key) => looksRandom(key.slice(4)),
    validation: 'csk- + 48 lower-case letters and digits, random-looking (52 characters)',
    remediation: {
      revokeUrl: 'https://cloud.cerebras.ai/platform/',
      envVar: 'CEREBRAS_API_KEY',
    },
    sampleBody: (r) => r.chars(48, ALPHABET_SEEN),
    positives: (key) => [`client = OpenAI(base_url="https://api.cerebras.ai/v1", api_key="${key}")`],
    negatives: () => ['<span class="csk-live-indicator__dot"></span>', `CEREBRAS_API_KEY=csk-${'abcdefgh'.repeat(6)}`],
  }),
];
