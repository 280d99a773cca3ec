/**
 * OpenRouter API keys (secret-formats.md §25; trufflehog openrouter): `sk-or-v1-` + 64 lower-case
 * hex = 73 characters. The `sk-or-` prefix keeps them apart from OpenAI's and DeepSeek's `sk-` keys.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';

export const openrouterRules: readonly Rule[] = [
  prefixedRule({
    id: 'openrouter-api-key',
    provider: 'OpenRouter',
    description: 'OpenRouter API key',
    prefixes: ['sk-or-v1-'],
    body: '[0-9a-f]{64}',
    validation: 'sk-or-v1- + 64 lower-case hex',
    remediation: { revokeUrl: 'https://openrouter.ai/settings/keys', usageUrl: 'https://openrouter.ai/activity', envVar: 'OPENROUTER_API_KEY' },
    sampleBody: (r) => r.chars(64, '0123456789abcdef'),
    positives: (key) => [`client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="${key}")`],
    negatives: (key) => [`OPENROUTER_API_KEY=${key.toUpperCase().replace('SK-OR-V1-', 'sk-or-v1-')}`],
  }),
];
