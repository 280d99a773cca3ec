/**
 * HashiCorp Vault tokens (secret-formats.md §39; gitleaks hashicorp_vault.go, trufflehog
 * hashicorpvault, noseyparker hashicorp.yml). Vault ≥ 1.10 prefixes them: `hvs.` service tokens (90–120
 * base64url characters when server-side consistent, 24 base62 otherwise) and `hvb.` batch tokens
 * (138–300). Pre-1.10 `s.` + 24 base62 tokens are only reported next to a Vault token label. No
 * checksum is published.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelKeywords, labelSource } from './labelWords.js';
import { labelledContexts } from './labelledSamples.js';
import { CLASS, tokenFields } from './pattern.js';
import { classCount } from './randomness.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'VAULT_TOKEN';
const remediation = {
  // `vault token revoke <token>`; audit devices log tokens HMAC'd (`vault write sys/audit-hash/…`).
  revokeUrl: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
  usageUrl: 'https://developer.hashicorp.com/vault/api-docs/system/audit-hash',
  envVar: ENV_VAR,
};

/** The random part of a token mixes at least two of lower case, upper case and digits. */
const random = (from: number) => (secret: string) => classCount(secret.slice(from)) >= 2;

const serviceToken: Rule = {
  id: 'vault-service-token',
  provider: 'HashiCorp Vault',
  description: 'HashiCorp Vault service token (hvs.)',
  keywords: ['hvs.'],
  ...tokenFields({
    prefixes: ['hvs.'],
    body: `(?:${CLASS.base64url}{90,120}|${CLASS.base62}{24})`,
    boundary: CLASS.base64url,
  }),
  validate: random(4),
  severity: 'block',
  validation: 'hvs. + 90–120 base64url (server-side consistent) or 24 base62 characters',
  remediation,
  samples() {
    const r = seededRandom('vault-service-token');
    // Server-side consistent tokens are base64url protobuf; observed ones open with `CAES`.
    const token = (length = 91): string => `hvs.CAES${r.chars(length - 4, ALPHABET.base64url)}`;
    return {
      positives: [
        ...inContexts(token(), ENV_VAR),
        `vault login ${token(120)}`,
        `X-Vault-Token: hvs.${r.chars(24, ALPHABET.base62)}`,
      ],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=hvs.${'x'.repeat(95)}`,
        `${ENV_VAR}=${token(89)}`,
        `${ENV_VAR}=${token(121)}`,
        `${ENV_VAR}=hvs.${r.chars(25, ALPHABET.base62)}`,
        `${ENV_VAR}=hvs.tokenfromtheenvironmentx`,
      ],
    };
  },
};

const batchToken: Rule = {
  id: 'vault-batch-token',
  provider: 'HashiCorp Vault',
  description: 'HashiCorp Vault batch token (hvb.)',
  keywords: ['hvb.'],
  ...tokenFields({ prefixes: ['hvb.'], body: `${CLASS.base64url}{138,300}`, boundary: CLASS.base64url }),
  validate: random(4),
  severity: 'block',
  validation: 'hvb. + 138–300 base64url characters',
  remediation,
  samples() {
    const r = seededRandom('vault-batch-token');
    const token = (length = 180): string => `hvb.AAAAAQ${r.chars(length - 6, ALPHABET.base64url)}`;
    return {
      positives: [...inContexts(token(), ENV_VAR), `token: ${token(300)}`],
      negatives: [...indirections(ENV_VAR), `${ENV_VAR}=hvb.${'x'.repeat(150)}`, `${ENV_VAR}=${token(137)}`, `${ENV_VAR}=${token(301)}`],
    };
  },
};

/** `VAULT_TOKEN`, `X-Vault-Token`, `vaultToken`. */
const LABEL = [['vault'], ['token']];

const legacyToken: Rule = {
  id: 'vault-legacy-token',
  provider: 'HashiCorp Vault',
  description: 'HashiCorp Vault token, pre-1.10 format (s. next to a Vault token label)',
  keywords: labelKeywords(LABEL),
  pattern: new RegExp(`${labelSource(LABEL)}${ASSIGN}([sb]\\.${CLASS.base62}{24})(?![A-Za-z0-9_-])`, 'g'),
  secretGroup: 1,
  validate: random(2),
  severity: 'block',
  validation: 's. or b. + 24 base62 characters right after a VAULT_TOKEN / X-Vault-Token label',
  remediation,
  samples() {
    const r = seededRandom('vault-legacy-token');
    const token = (length = 24): string => `s.${r.chars(length, ALPHABET.base62)}`;
    return {
      positives: [...labelledContexts(token(), ENV_VAR), `curl -H "X-Vault-Token: ${token()}" $VAULT_ADDR/v1/secret/app`],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=s.${'x'.repeat(24)}`,
        `${ENV_VAR}=${token(23)}`,
        `${ENV_VAR}=${token(25)}`,
        `this.s.makeKubeConfigController = args; // vault_token unused`,
        `token = ${token()}`,
      ],
    };
  },
};

export const vaultRules: readonly Rule[] = [serviceToken, batchToken, legacyToken];
