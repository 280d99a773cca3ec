/**
 * Azure DevOps personal access tokens (secret-formats.md §7; kingfisher azuredevops.yml,
 * microsoft/security-utilities CommonAnnotatedKey / AdoPat). Since 2024 PATs are 84-character
 * "common annotated security keys": 52 random base62, `JQQJ` at offset 52, a date and reserved bytes,
 * and the provider signature `AZDO` at offset 76 — self-identifying anywhere. Legacy PATs are 52
 * lower-case base32 characters with nothing to tell them from other values, so they are only reported
 * after an Azure DevOps label or as the user part of a dev.azure.com / visualstudio.com URL.
 */
import { isPlaceholder } from '../placeholder.js';
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelKeywords, labelSource } from './labelWords.js';
import { labelledContexts } from './labelledSamples.js';
import { startBoundary } from './pattern.js';
import { classCount } from './randomness.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'AZURE_DEVOPS_EXT_PAT';
const remediation = {
  revokeUrl: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-pats',
  usageUrl: 'https://learn.microsoft.com/azure/devops/organizations/audit/azure-devops-auditing',
  envVar: ENV_VAR,
};
const B62 = '[A-Za-z0-9]';
/** From the `JQQJ` marker on: version, year letter and month A–L (CASK layout), reserved, `AZDO`, 4. */
const TAIL = `JQQJ${B62}{2}[A-Za-z][A-L]${B62}{16}AZDO${B62}{4}(?!${B62})`;
/**
 * Matching starts at the literal `JQQJ` (V8's fast literal scan); a lookbehind then checks the 52
 * random characters before it, and the token itself is captured by a lookahead from their start.
 * Starting at the random characters instead cost ~0.5 µs per character of base62 text.
 */

const pat: Rule = {
  id: 'azure-devops-pat',
  provider: 'Azure DevOps',
  description: 'Azure DevOps personal access token (84-character format)',
  keywords: ['jqqj'],
  pattern: new RegExp(`JQQJ(?<=${startBoundary(B62, 0)}(?=(${B62}{52}${TAIL}))${B62}{52}JQQJ)`, 'g'),
  secretGroup: 1,
  // The reserved bytes are mostly zero (`AAAAAAAAAAAA`), which the shared check takes for filler.
  placeholderCheck: false,
  validate: (secret) => !isPlaceholder(secret.slice(0, 52)),
  severity: 'block',
  validation: '52 base62 + JQQJ + date + reserved + AZDO signature at offset 76 + 4 (84 characters)',
  remediation,
  samples() {
    const r = seededRandom('azure-devops-pat');
    const token = (signature = 'AZDO'): string =>
      `${r.chars(52, ALPHABET.base62)}JQQJ99BAAC${'A'.repeat(10)}AAAS${signature}${r.chars(4, ALPHABET.base62)}`;
    return {
      positives: [...inContexts(token(), ENV_VAR), `pat: ${token()}`],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=${token('ACOG')}`,
        `${ENV_VAR}=${token()}x`,
        `${ENV_VAR}=x${token()}`,
        `${ENV_VAR}=${'x'.repeat(52)}JQQJ99BAAC${'A'.repeat(10)}AAASAZDO${'x'.repeat(4)}`,
      ],
    };
  },
};

/** `AZURE_DEVOPS_EXT_PAT` (the az CLI's variable), `AzureDevOpsToken`, `ADO_PAT`, `AZDO_TOKEN`, `VSTS_PAT`. */
const LABELS = [[['azure'], ['devops'], ['', 'ext'], ['pat', 'token']], [['azdo', 'ado', 'vsts'], ['pat', 'token']]];
/** `ado` may not end a longer word (`tornado_token`). */
const LABEL = `(?<![A-Za-z0-9])(?:${LABELS.map(labelSource).join('|')})`;
const HOST = String.raw`@(?:dev\.azure\.com|[a-z0-9-]{1,64}\.visualstudio\.com)`;
const URL_USER = String.raw`(?<=https?://(?:[^\s/@:]{1,64}:)?)(?=[a-z2-7]{52}${HOST})`;

const legacyPat: Rule = {
  id: 'azure-devops-legacy-pat',
  provider: 'Azure DevOps',
  description: 'Azure DevOps personal access token, legacy 52-character format (label or URL context)',
  // Not a bare `devops`: general rules yield on names holding a keyword (DEVOPS_SLACK_TOKEN is not ours).
  keywords: [...labelKeywords([['devops', 'ado'], ['ext', 'pat', 'token']]), 'azdo', 'vsts', '@dev.azure.com', '.visualstudio.com'],
  pattern: new RegExp(`(?:(?<=${LABEL}${ASSIGN})|${URL_USER})[a-z2-7]{52}(?![A-Za-z0-9])`, 'g'),
  validate: (secret) => classCount(secret) >= 2,
  severity: 'block',
  validation: '52 lower-case base32 characters after an Azure DevOps PAT label or before @dev.azure.com',
  remediation,
  samples() {
    const r = seededRandom('azure-devops-legacy-pat');
    const legacy = (length = 52): string => `${r.chars(length - 1, 'abcdefghijklmnopqrstuvwxyz234567')}7`;
    return {
      positives: [
        ...labelledContexts(legacy(), ENV_VAR),
        `git clone https://${legacy()}@dev.azure.com/acme/app/_git/app`,
        `url = https://build:${legacy()}@acme.visualstudio.com/DefaultCollection/_git/app`,
        `ado_token: "${legacy()}"`,
      ],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=${legacy(51)}`,
        `${ENV_VAR}=${legacy(53)}`,
        `git clone https://${legacy()}@github.com/acme/app.git`,
        `${ENV_VAR}=${'abcdefghijklmnopqrstuvwxyz'.repeat(2)}`,
      ],
    };
  },
};

export const azureDevopsRules: readonly Rule[] = [pat, legacyPat];
