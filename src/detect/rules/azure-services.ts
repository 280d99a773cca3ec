/**
 * More Azure credentials (issue 12 point 3; secret-formats.md §7).
 *
 * - Azure OpenAI keys (`AZURE_OPENAI_KEY`, `AZURE_OPENAI_API_KEY`): 32 lower-case hex, or the 84-character
 *   "common annotated security key" (52 base62 + `JQQJ9` + version + date + reserved + `ACOG` at offset 76 + 4;
 *   microsoft/security-utilities). The hex form has no mark, so only behind its label (kingfisher
 *   azureopenai.yml, trufflehog azure_openai `api[_.-]?key`/`openai[_.-]?key` + 32 hex).
 * - Container-registry admin passwords: 42 base64 + `+ACR` + 6 (trufflehog azurecontainerregistry;
 *   1 public example checked with find_string, a `"password"` value).
 * - Shared access signatures: `sig=` + the URL-encoded base64 of a 32-byte HMAC-SHA256, in a query or
 *   connection string that also carries the signed version `sv=YYYY-MM-DD`
 *   (https://learn.microsoft.com/rest/api/storageservices/create-service-sas; trufflehog azuresastoken).
 * - Entra ID refresh tokens: `0.A…` or `1.A…`, a dot, then `AgAB…` (version bytes 02 00 01) and a long
 *   base64url body (trufflehog azure_entra/refreshtoken; 13 public tokens checked with find_string, all
 *   with the `.AgAB` second segment).
 */
import type { Rule } from '../types.js';
import { ASSIGN, near } from './labels.js';
import { isPlaceholder } from '../placeholder.js';
import { labelledContexts, labelledRule, looksRandom } from './labelledRule.js';
import { labelKeywords, labelSource } from './labelWords.js';
import { startBoundary, tokenFields } from './pattern.js';
import { classCount } from './randomness.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const HEX = '0123456789abcdef';
const B62 = '[A-Za-z0-9]';
const B64 = '[A-Za-z0-9+/]';
const ENTRA_USAGE = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SignInEventsV3Blade';

const OPENAI_LABEL = [['azure'], ['openai'], ['', 'api'], ['key']];
/** The annotated key: 52 random, `JQQJ9` + version digit, date and reserved, `ACOG` at offset 76, checksum. */
const ANNOTATED = `${B62}{52}JQQJ9[9DH]${B62}{18}ACOG${B62}{4}`;

/** The annotated key's reserved bytes are mostly zero (`AAAA…`): only its random part is checked for filler. */
function randomKey(key: string): boolean {
  const random = key.length === 84 ? key.slice(0, 52) : key;
  return looksRandom(random) && !isPlaceholder(random);
}

const azureOpenAiKey: Rule = {
  ...labelledRule({
    id: 'azure-openai-key',
    provider: 'Azure OpenAI',
    description: 'Azure OpenAI / Azure AI services key (behind an AZURE_OPENAI_KEY label)',
    keywords: labelKeywords([['azure'], ['openai']]),
    lead: `${labelSource(OPENAI_LABEL)}${ASSIGN}`,
    body: `(?:[0-9a-f]{32}|${ANNOTATED})`,
    validation: '32 lower-case hex, or the 84-character annotated key with ACOG at offset 76, after an AZURE_OPENAI_(API_)KEY label',
    remediation: {
      revokeUrl: 'https://learn.microsoft.com/azure/ai-services/rotate-keys',
      usageUrl: 'https://learn.microsoft.com/azure/ai-services/openai/how-to/monitor-openai',
      envVar: 'AZURE_OPENAI_API_KEY',
    },
    sampleSecret: (r) => r.chars(32, HEX),
    contexts: (key, r) => [
      ...labelledContexts('AZURE_OPENAI_API_KEY', 'azureOpenAIKey', 'azure_openai_key', key),
      `AZURE_OPENAI_KEY=${r.chars(52, ALPHABET.base62)}JQQJ99BDACAAAAAAAAAAAAAB${'ACOG'}${r.chars(4, ALPHABET.base62)}`,
    ],
    negatives: (key) => [`AZURE_OPENAI_ENDPOINT=https://acme-${key.slice(0, 6)}.openai.azure.com/`, `AZURE_OPENAI_DEPLOYMENT=${key}`],
  }),
  placeholderCheck: false,
  validate: randomKey,
};

const REGISTRY_END = '(?![A-Za-z0-9+/=])';

const containerRegistryKey: Rule = {
  id: 'azure-container-registry-key',
  provider: 'Azure',
  description: 'Azure Container Registry access key (+ACR identifiable key)',
  keywords: ['+acr'],
  // Matching starts at the literal `+ACR`; a lookbehind checks the 42 characters before it.
  pattern: new RegExp(`\\+ACR(?<=${startBoundary(B64, 0)}(?=(${B64}{42}\\+ACR${B62}{6}${REGISTRY_END}))${B64}{42}\\+ACR)`, 'g'),
  secretGroup: 1,
  validate: (secret) => classCount(secret.slice(0, 42)) === 3,
  severity: 'block',
  validation: '42 base64 + ACR signature + 6 alphanumerics (52 characters), mixing upper case, lower case and digits',
  remediation: {
    revokeUrl: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account',
    usageUrl: 'https://learn.microsoft.com/azure/container-registry/monitor-container-registry',
    envVar: 'ACR_PASSWORD',
  },
  samples() {
    const r = seededRandom('azure-container-registry-key');
    const key = (): string => `${r.chars(41, ALPHABET.base64)}Q+ACR${r.chars(6, ALPHABET.base62)}`;
    return {
      positives: [
        `{ "username": "acmeimages01", "password": "${key()}" }`,
        `docker login acme.azurecr.io -u acme -p ${key()}`,
        `ACR_PASSWORD=${key()}`,
      ],
      negatives: [
        ...indirections('ACR_PASSWORD'),
        `ACR_PASSWORD=${'A'.repeat(42)}+ACR${'B'.repeat(6)}`,
        `blob=x${key()}`,
        'Battle-tested across 50%2B+sessions+and+100%2B+commits',
      ],
    };
  },
};

/** `sig=`: URL-encoded base64 of 32 bytes (43 characters + `=`, with `+`, `/`, `=` as `%2B`, `%2F`, `%3D`). */
const SIG_VALUE = '[A-Za-z0-9%+/]{43,90}=?';

function isSignature(sig: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sig);
  } catch {
    return false;
  }
  return /^[A-Za-z0-9+/]{43}=$/.test(decoded) && classCount(decoded) === 3;
}

const sasToken: Rule = {
  id: 'azure-sas-token',
  provider: 'Azure',
  description: 'Azure shared access signature (SAS) token (sig= with sv=)',
  keywords: ['sig='],
  pattern: new RegExp(`[?&;]sig=(${SIG_VALUE})(?![A-Za-z0-9%+/=])${near('sv=20', 400, 90)}`, 'g'),
  secretGroup: 1,
  validate: isSignature,
  severity: 'block',
  validation: 'sig= + URL-encoded base64 of a 32-byte signature, with a signed version sv=YYYY-MM-DD in the same string',
  remediation: {
    revokeUrl: 'https://learn.microsoft.com/azure/storage/common/sas-expiration-policy',
    usageUrl: 'https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage',
    envVar: 'AZURE_STORAGE_SAS_TOKEN',
  },
  samples() {
    const r = seededRandom('azure-sas-token');
    const sig = (): string => encodeURIComponent(`${r.chars(2, 'Aa')}${r.chars(40, ALPHABET.base64)}9=`);
    const query = (s: string): string => `sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${s}`;
    return {
      positives: [
        `https://acme.blob.core.windows.net/backups/db.bak?${query(sig())}`,
        `AZURE_STORAGE_SAS_TOKEN="?${query(sig())}"`,
        `BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=${query(sig())}`,
      ],
      negatives: [
        `https://acme.blob.core.windows.net/c/f?${query('<signature>')}`,
        `https://example.com/download?id=42&sig=${sig()}`,
        `https://acme.blob.core.windows.net/c/f?${query(encodeURIComponent('A'.repeat(43) + '='))}`,
        `?${query(r.chars(30, ALPHABET.base62))}`,
      ],
    };
  },
};

const W = '[A-Za-z0-9_-]';
const entraRefreshToken: Rule = {
  id: 'azure-entra-refresh-token',
  provider: 'Azure',
  description: 'Microsoft Entra ID (Azure AD) refresh token',
  keywords: ['.agab'],
  // Segments are separated by dots that their class excludes, so each quantifier stops at one place.
  ...tokenFields({
    prefixes: ['0.A', '1.A'],
    body: `${W}{40,200}(?:\\.[0-9])?\\.AgAB${W}{246,4000}(?:\\.A${W}{100,4000})?`,
    boundary: '[A-Za-z0-9_.-]',
  }),
  validate: (token) => classCount(token) === 3,
  severity: 'block',
  validation: '0.A/1.A + base64url segment + .AgAB + 250+ base64url characters (Entra refresh token layout)',
  remediation: {
    revokeUrl: 'https://learn.microsoft.com/entra/identity/users/users-revoke-access',
    usageUrl: ENTRA_USAGE,
    envVar: 'AZURE_REFRESH_TOKEN',
  },
  samples() {
    const r = seededRandom('azure-entra-refresh-token');
    const token = (): string =>
      `0.A${r.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${r.chars(47, ALPHABET.base64url)}.AgABAAEAAAD--DLA${r.chars(300, ALPHABET.base64url)}`;
    return {
      positives: [
        `{"token_type": "Bearer", "refresh_token": "${token()}"}`,
        `MS_REFRESH_TOKEN=${token()}`,
        `&refresh_token=${token()}&grant_type=refresh_token`,
      ],
      negatives: [
        '"refresh_token": "0.ARoAv4j5cv..."',
        'MS_REFRESH_TOKEN=0.AXXX...very-long-string...',
        `refresh_token: Some("0.ARwA6L_K.AgABAAEAAAA".to_string())`,
        `version 1.A${r.chars(50, ALPHABET.base64url)}.AgAB${'A'.repeat(260)}`,
      ],
    };
  },
};

export const azureServiceRules: readonly Rule[] = [azureOpenAiKey, containerRegistryKey, sasToken, entraRefreshToken];
