/** Perplexity API keys (secret-formats.md §22; gitleaks perplexity.go): `pplx-` + 48 alphanumerics. No checksum. */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const perplexityRules: readonly Rule[] = [
  prefixedRule({
    id: 'perplexity-api-key',
    provider: 'Perplexity',
    description: 'Perplexity API key',
    prefixes: ['pplx-'],
    body: `${CLASS.base62}{48}`,
    validation: 'pplx- + 48 alphanumerics',
    remediation: { revokeUrl: 'https://www.perplexity.ai/settings/api', envVar: 'PERPLEXITY_API_KEY' },
    sampleBody: (r) => r.chars(48, ALPHABET.base62),
    positives: (key) => [`client = OpenAI(api_key="${key}", base_url="https://api.perplexity.ai")`],
  }),
];
