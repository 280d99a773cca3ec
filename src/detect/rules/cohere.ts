/**
 * Cohere API keys (secret-formats.md §20; gitleaks cohere.go): 40 alphanumerics with no prefix,
 * reported only next to a Cohere label (`COHERE_API_KEY`, `CO_API_KEY`, `cohere.Client("…")`).
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'COHERE_API_KEY';
const API_KEY = `(?:${anyCase('api')}[_-]?)?(?:${anyCase('key')}|${anyCase('token')})`;

const LABEL = [
  `${anyCase('cohere')}[\\w.()\\s:-]{0,30}?${API_KEY}${ASSIGN}`,
  // The Cohere SDK's own variable; the lookbehind keeps `DISCO_API_KEY` out.
  `(?<![A-Za-z0-9])${anyCase('co')}[_-]${anyCase('api')}[_-]${anyCase('key')}${ASSIGN}`,
  // Positional: cohere.Client("…"), cohere.ClientV2("…"), cohere.AsyncClient("…").
  `${anyCase('cohere')}\\.(?:Async)?Client(?:V2)?\\([ \\t]{0,4}["']`,
].join('|');

export const cohereRules: readonly Rule[] = [
  labelledRule({
    id: 'cohere-api-key',
    provider: 'Cohere',
    description: 'Cohere API key',
    keywords: ['cohere', 'co_api_key', 'co-api-key'],
    lead: `(?:${LABEL})`,
    body: '[A-Za-z0-9]{40}',
    validation: '40 alphanumerics labelled as a Cohere key (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://dashboard.cohere.com/api-keys', usageUrl: 'https://dashboard.cohere.com/billing', envVar: ENV_VAR },
    sampleSecret: (r) => r.chars(40, ALPHABET.base62),
    contexts: (key) => [
      ...labelledContexts(ENV_VAR, 'cohereApiKey', 'cohere_api_key', key),
      `CO_API_KEY=${key}`,
      `co = cohere.ClientV2("${key}")`,
      `co = cohere.Client(api_key="${key}")`,
    ],
    negatives: (key) => [`COHERE_MODEL=${key}`, `co = cohere.Client(api_key=os.environ["COHERE_API_KEY"])`],
  }),
];
