/**
 * Tavily API keys (https://docs.tavily.com/documentation/api-reference/introduction: `Authorization:
 * Bearer tvly-…`): `tvly-`, then `dev-` or `prod-` for keys made since 2025, then 32 base62; one
 * newer key seen as a 6-character id + `-` + 42 base62. Checked on 5 public examples (3 `tvly-dev-` +
 * 32, 1 `tvly-` + 32, 1 id-dash form) and 14 placeholders (`tvly-...`, `tvly-xxxxx`,
 * `tvly-YOUR_API_KEY`, `tvly-test-key-12345`). No checksum.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'TAVILY_API_KEY';

export const tavilyRules: readonly Rule[] = [
  prefixedRule({
    id: 'tavily-api-key',
    provider: 'Tavily',
    description: 'Tavily API key',
    prefixes: ['tvly-'],
    body: '(?:dev-|prod-)?(?:[A-Za-z0-9]{32}|[A-Za-z0-9]{6}-[A-Za-z0-9]{42})',
    // A random 32-character body mixes cases and digits; `tvly-` + a CamelCase phrase does not.
    validate: (key) => classCount(key.slice(5).replace(/^(?:dev|prod)-/, '')) === 3,
    validation: 'tvly- (+ dev-/prod-) + 32 base62, or a 6-character id + - + 42 base62',
    remediation: {
      revokeUrl: 'https://app.tavily.com/home',
      envVar: ENV_VAR,
    },
    sampleBody: (r) => `dev-${r.chars(30, ALPHABET.base62)}a1`,
    positives: (_key, r) => [
      `tavily_client = TavilyClient(api_key="tvly-${r.chars(30, ALPHABET.base62)}Q7")`,
      `${ENV_VAR}=tvly-prod-${r.chars(6, ALPHABET.base62)}-${r.chars(40, ALPHABET.base62)}b2`,
    ],
    negatives: () => [`${ENV_VAR}=tvly-YOUR_API_KEY`, `${ENV_VAR}=tvly-test-key-12345`, `placeholder: 'tvly-${'abcdefghijklmnopqrstuvwxyzabcdef'}'`],
  }),
];
