/**
 * Hugging Face user access tokens (secret-formats.md §17; gitleaks huggingface.go, noseyparker;
 * https://huggingface.co/docs/hub/security-tokens): `hf_` + 34 ASCII letters (18 real samples had no
 * digit). The deprecated `api_org_` tokens are not covered. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { countOf } from './randomness.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Random letters are about half upper case; fewer than 4 of either case happens to 1 in a million
 * tokens, but rules out identifiers such as `hf_` + a 34-letter lower-case word run.
 */
function mixedCase(token: string): boolean {
  const body = token.slice(3);
  const upper = countOf(body, /[A-Z]/);
  return upper >= 4 && body.length - upper >= 4;
}

export const huggingfaceRules: readonly Rule[] = [
  prefixedRule({
    id: 'huggingface-access-token',
    provider: 'Hugging Face',
    description: 'Hugging Face user access token',
    prefixes: ['hf_'],
    body: '[A-Za-z]{34}',
    boundary: CLASS.word,
    validate: mixedCase,
    validation: 'hf_ + 34 letters, at least 4 of each case',
    remediation: { revokeUrl: 'https://huggingface.co/settings/tokens', envVar: 'HF_TOKEN' },
    sampleBody: (r) => r.chars(34, LETTERS),
    positives: (token) => [`login(token="${token}")`, `huggingface-cli login --token ${token}`],
    negatives: (token) => ['def 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():', `HF_TOKEN=${token.slice(0, 20)}1${token.slice(21)}`],
  }),
];
