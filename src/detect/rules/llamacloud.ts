/**
 * LlamaCloud / LlamaParse API keys (https://docs.cloud.llamaindex.ai/api_key): `llx-` + 48 base62
 * (52 characters). Checked on 5 public examples (all 48, digits and both cases) and 8 placeholders
 * (`llx-...`, `llx-your-key-here`). No checksum.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const llamacloudRules: readonly Rule[] = [
  prefixedRule({
    id: 'llamacloud-api-key',
    provider: 'LlamaCloud',
    description: 'LlamaCloud (LlamaParse) API key',
    prefixes: ['llx-'],
    body: '[A-Za-z0-9]{48}',
    validation: 'llx- + 48 base62 characters (52 in all)',
    remediation: {
      revokeUrl: 'https://cloud.llamaindex.ai/api-key',
      envVar: 'LLAMA_CLOUD_API_KEY',
    },
    sampleBody: (r) => r.chars(48, ALPHABET.base62),
    positives: (key) => [`parser = LlamaParse(api_key="${key}", result_type="markdown")`],
    negatives: () => ['<button class="llx-chat-fab" type="button">', 'i18nd("llx-guest-gui", "Settings")'],
  }),
];
