/** xAI (Grok) API keys (secret-formats.md §23; trufflehog xai, kingfisher xai.yml): `xai-` + 80 word characters. No checksum. */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const xaiRules: readonly Rule[] = [
  prefixedRule({
    id: 'xai-api-key',
    provider: 'xAI',
    description: 'xAI (Grok) API key',
    prefixes: ['xai-'],
    body: `${CLASS.word}{80}`,
    validation: 'xai- + 80 letters, digits or underscores',
    remediation: { revokeUrl: 'https://console.x.ai', usageUrl: 'https://console.x.ai', envVar: 'XAI_API_KEY' },
    sampleBody: (r) => r.chars(80, ALPHABET.base62),
    positives: (key) => [`client = Client(api_key="${key}")  # xai_sdk`],
  }),
];
