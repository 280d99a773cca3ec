/**
 * MongoDB Atlas Administration API credentials (https://www.mongodb.com/docs/atlas/configure-api-access/;
 * kingfisher mongodb.yml). Service-account client secrets are `mdb_sa_sk_` + 40 base64url (kingfisher:
 * 6 base64url + 34 base62): checked on 3 real secrets in public code (40 characters each), 4 placeholders (`mdb_sa_sk_…`)
 * do not match. Programmatic API keys are a public key (8 lower-case letters, an id) and a private
 * key, a bare UUID: only right after an Atlas private-key label (`MONGODB_ATLAS_PRIVATE_KEY=`,
 * `ATLAS_PRIVATE_KEY=`, `MCLI_PRIVATE_API_KEY=`) or a Terraform `private_key` near `mongodbatlas`.
 * Database passwords in `mongodb+srv://` URLs are credential-urls.ts's. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';
import { UUID_BODY, uuidContexts, uuidSecret } from './uuidLabel.js';

const revokeUrl = 'https://www.mongodb.com/docs/atlas/configure-api-access/';
const usageUrl = 'https://www.mongodb.com/docs/atlas/access-tracking/';
const PRIVATE_ENV = 'MONGODB_ATLAS_PRIVATE_KEY';

/** `MONGODB_ATLAS_PRIVATE_KEY`, `ATLAS_PRIVATE_KEY`, `MCLI_PRIVATE_API_KEY`, `atlasPrivateKey`. */
const LABEL = labelSource([['mongodb', 'atlas', 'mcli'], ['', 'atlas'], ['private', 'priv'], ['', 'api'], ['key']]);
/** Terraform's provider block: `private_key = "…"` with `mongodbatlas` within 200 characters before. */
// The look-behind sits after the literal, so it runs only where `private_key` matched: placed first,
// it scanned 200 characters back at every position of the text (redos.test.ts hung on 200 KB).
const TERRAFORM = `(?<![A-Za-z0-9_])private_key(?<=${anyCase('mongodbatlas')}[\\s\\S]{0,200}private_key)`;

export const mongodbAtlasRules: readonly Rule[] = [
  prefixedRule({
    id: 'mongodb-atlas-service-account-secret',
    provider: 'MongoDB Atlas',
    description: 'MongoDB Atlas service account client secret',
    prefixes: ['mdb_sa_sk_'],
    body: '[A-Za-z0-9_-]{40}',
    validation: 'mdb_sa_sk_ + 40 base64url characters',
    remediation: { revokeUrl, usageUrl, envVar: 'MONGODB_ATLAS_CLIENT_SECRET' },
    sampleBody: (r) => r.chars(40, ALPHABET.base64url),
    positives: (secret) => [`apiKey: process.env.MONGODB_API_KEY || '${secret}',`],
  }),
  labelledRule({
    id: 'mongodb-atlas-private-key',
    provider: 'MongoDB Atlas',
    description: 'MongoDB Atlas programmatic API private key (UUID behind an Atlas private-key label)',
    keywords: ['mongodb', 'atlas_priv', 'atlaspriv', 'atlas-priv', 'mcli_priv'],
    lead: `(?:${LABEL}|${TERRAFORM})${ASSIGN}`,
    body: UUID_BODY,
    validation: 'UUID right after an Atlas private-key label (MONGODB_ATLAS_PRIVATE_KEY=…) or Terraform private_key in a mongodbatlas block',
    remediation: { revokeUrl, usageUrl, envVar: PRIVATE_ENV },
    sampleSecret: uuidSecret,
    contexts: (key) => [
      ...uuidContexts(key, PRIVATE_ENV),
      `ATLAS_PRIVATE_KEY=${key}`,
      `provider "mongodbatlas" {\n  public_key  = "qwertyui"\n  private_key = "${key}"\n}`,
    ],
    negatives: (key) => [`MONGODB_ATLAS_PROJECT_ID=${key}`, `provider "mongodbatlas" {\n  public_key  = "${key}"\n}`],
  }),
];
