/**
 * Groq API keys (secret-formats.md §18; trufflehog groq, kingfisher groq.yml): `gsk_` + 52
 * alphanumerics = 56 characters. The body carries the fixed marker `WGdyb3FY` after its first 20
 * characters — base64 text like OpenAI's `T3BlbkFJ`; seen in all 10 leaked keys examined in this
 * session, and key-harvesting tools match on it. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const MARKER = 'WGdyb3FY';

export const groqRules: readonly Rule[] = [
  prefixedRule({
    id: 'groq-api-key',
    provider: 'Groq',
    description: 'Groq API key',
    prefixes: ['gsk_'],
    body: `${CLASS.base62}{20}${MARKER}${CLASS.base62}{24}`,
    boundary: CLASS.word,
    validation: 'gsk_ + 20 alphanumerics + WGdyb3FY + 24 alphanumerics (56 in all)',
    remediation: { revokeUrl: 'https://console.groq.com/keys', usageUrl: 'https://console.groq.com/dashboard/usage', envVar: 'GROQ_API_KEY' },
    sampleBody: (r) => r.chars(20, ALPHABET.base62) + MARKER + r.chars(24, ALPHABET.base62),
    positives: (key) => [`client = Groq(api_key="${key}")`],
    negatives: (_key, r) => [`GROQ_API_KEY=gsk_${r.chars(52, ALPHABET.base62)}`],
  }),
];
