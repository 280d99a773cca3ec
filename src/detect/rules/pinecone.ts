/**
 * Pinecone API keys (https://docs.pinecone.io/guides/projects/manage-api-keys; trufflehog pinecone):
 * current keys are `pcsk_` + a 5–6 character key id + `_` + 63 base62. Checked on 6 public examples
 * (all with a 6-character id and a 63-character secret) and 4 placeholders (`pcsk_...`). Keys made
 * before 2024 are bare UUIDs, reported only right after a Pinecone label. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead, UUID_SOURCE } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';
import { uuidFrom } from './labelledSamples.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'PINECONE_API_KEY';
const remediation = {
  revokeUrl: 'https://app.pinecone.io/organizations/-/projects',
  envVar: ENV_VAR,
};

export const pineconeRules: readonly Rule[] = [
  prefixedRule({
    id: 'pinecone-api-key',
    provider: 'Pinecone',
    description: 'Pinecone API key',
    prefixes: ['pcsk_'],
    body: `${CLASS.base62}{5,6}_${CLASS.base62}{63}`,
    boundary: CLASS.word,
    validation: 'pcsk_ + 5–6 base62 key id + _ + 63 base62 characters',
    remediation,
    sampleBody: (r) => `${r.chars(6, ALPHABET.base62)}_${r.chars(63, ALPHABET.base62)}`,
    positives: (key) => [`const pc = new Pinecone({ apiKey: '${key}' });`, `pc = Pinecone(api_key="${key}")`],
    negatives: (key) => [`PINECONE_INDEX=${key.replace('_', '')}`, `${ENV_VAR}=pcsk_your-key-here`],
  }),
  hexLabelledRule({
    id: 'pinecone-legacy-api-key',
    provider: 'Pinecone',
    description: 'Pinecone API key (legacy UUID form)',
    keywords: ['pinecone'],
    lead: labelLead([['pinecone'], ['', 'api'], ['key']]),
    body: UUID_SOURCE,
    validation: 'UUID right after a Pinecone key label (PINECONE_API_KEY=…)',
    remediation,
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX_LOWER)),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'pineconeApiKey', 'pinecone_api_key', key), `PINECONE_KEY: "${key}"`],
    negatives: (key) => [`PINECONE_INDEX_ID=${key}`, `request_id: ${key}`],
  }),
];
