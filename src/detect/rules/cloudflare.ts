/**
 * Cloudflare credentials.
 * - API tokens since 2026 are scannable: `cfut_` (user) / `cfat_` (account) + 40 alphanumerics + 8
 *   lower-case hex, and the new global API key `cfk_` has the same shape (trufflehog
 *   cloudflareapitoken/v2, cloudflareglobalapikey/v2). The 8 hex are the CRC-32 (zlib) of the 40
 *   characters before them: verified on the one real token found in public code (of 3 `cfut_`
 *   hits, 2 placeholders), so the checksum is required.
 * - Older API tokens (40 base64url) and the legacy global API key (37 lower-case hex) have no
 *   prefix: reported only right after a Cloudflare label (gitleaks cloudflare.go, kingfisher
 *   cloudflare.yml; https://developers.cloudflare.com/fundamentals/api/get-started/keys/). Checked on
 *   1 real global key in public code (`CLOUDFLARE_GLOBAL_API_KEY`, 37 hex), 9 placeholders.
 * - Origin CA keys: `v1.0-` + 24 hex + `-` + 146 hex (gitleaks cloudflare.go; the user service key
 *   of https://developers.cloudflare.com/fundamentals/api/reference/deprecations/). The fixed hex
 *   structure is distinctive enough to report anywhere; no public example found (0 real, 1 synthetic).
 */
import { crc32 } from '../checksum/crc32.js';
import type { Rule } from '../types.js';
import { aliasLabel, infraLabelledRule } from './infraLabels.js';
import { anyCase } from './labels.js';
import { HEX } from './labelledSamples.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const REVOKE = 'https://dash.cloudflare.com/profile/api-tokens';
const USAGE = 'https://developers.cloudflare.com/fundamentals/account/account-security/review-audit-logs/';
const ENV_VAR = 'CLOUDFLARE_API_TOKEN';

/** The 8 lower-case hex after the 40-character body: its CRC-32. */
const checksum = (body: string): string => crc32(body).toString(16).padStart(8, '0');
const validChecksum = (token: string): boolean => {
  const body = token.slice(-48, -8);
  return checksum(body) === token.slice(-8);
};
const scannableBody = (r: SampleRandom): string => {
  const body = r.chars(40, ALPHABET.base62);
  return body + checksum(body);
};
const badChecksum = (token: string): string => token.slice(0, -8) + (token.endsWith('0') ? '1' : '0') + token.slice(-7);

export const cloudflareRules: readonly Rule[] = [
  prefixedRule({
    id: 'cloudflare-api-token',
    provider: 'Cloudflare',
    description: 'Cloudflare API token (cfut_ user / cfat_ account token)',
    prefixes: ['cfut_', 'cfat_'],
    body: `${CLASS.base62}{40}[0-9a-f]{8}`,
    boundary: CLASS.word,
    validate: validChecksum,
    validation: 'cfut_/cfat_ + 40 alphanumerics + CRC-32 of them as 8 lower-case hex',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: ENV_VAR },
    sampleBody: scannableBody,
    positives: (token) => [`curl -H "Authorization: Bearer ${token.replace('cfut_', 'cfat_')}" https://api.cloudflare.com/client/v4/accounts`],
    negatives: (token) => [`${ENV_VAR}=${badChecksum(token)}`],
  }),
  prefixedRule({
    id: 'cloudflare-global-api-key-v2',
    provider: 'Cloudflare',
    description: 'Cloudflare global API key (cfk_ format)',
    prefixes: ['cfk_'],
    body: `${CLASS.base62}{40}[0-9a-f]{8}`,
    boundary: CLASS.word,
    validate: validChecksum,
    validation: 'cfk_ + 40 alphanumerics + CRC-32 of them as 8 lower-case hex',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'CLOUDFLARE_API_KEY' },
    sampleBody: scannableBody,
    positives: (key) => [`-H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: ${key}"`],
    negatives: (key) => [`CLOUDFLARE_API_KEY=${badChecksum(key)}`],
  }),
  prefixedRule({
    id: 'cloudflare-origin-ca-key',
    provider: 'Cloudflare',
    description: 'Cloudflare Origin CA key (user service key)',
    prefixes: ['v1.0-'],
    body: '[0-9a-f]{24}-[0-9a-f]{146}',
    keywords: ['v1.0-'],
    validation: 'v1.0- + 24 lower-case hex + - + 146 lower-case hex',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'CLOUDFLARE_ORIGIN_CA_KEY' },
    sampleBody: (r) => `${r.chars(24, HEX)}-${r.chars(146, HEX)}`,
    positives: (key) => [`provider "cloudflare" {\n  api_user_service_key = "${key}"\n}`],
    negatives: (key) => ['version = "v1.0-beta"', `CLOUDFLARE_ORIGIN_CA_KEY=${key.replace('-', '')}`],
  }),
  infraLabelledRule({
    id: 'cloudflare-api-token-legacy',
    provider: 'Cloudflare',
    description: 'Cloudflare API token (40 characters, no prefix)',
    words: [['cloudflare'], ['', 'api', 'dns', 'zone'], ['', 'api'], ['token']],
    otherLabels: [aliasLabel([['cf'], ['', 'api', 'dns', 'zone'], ['', 'api'], ['token']])],
    keywords: ['cloudflare', 'cf_api_token', 'cf_dns_api_token', 'cf_token'],
    body: `${CLASS.base64url}{40}`,
    validation: '40 base64url characters labelled as a Cloudflare token (no prefix, no checksum)',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: ENV_VAR },
    sampleSecret: (r) => r.chars(40, ALPHABET.base64url),
    contexts: (token) => [`CF_API_TOKEN=${token}`, `dns_cloudflare_api_token = ${token}`, `tls:\n  cloudflare_dns_api_token: "${token}"`],
    negatives: (token) => [`CLOUDFLARE_ZONE_ID=${token}`],
  }),
  infraLabelledRule({
    id: 'cloudflare-global-api-key',
    provider: 'Cloudflare',
    description: 'Cloudflare global API key (37 hex, no prefix)',
    words: [['cloudflare'], ['', 'global'], ['', 'api', 'auth'], ['key']],
    // The global key's request header (https://developers.cloudflare.com/fundamentals/api/get-started/keys/).
    otherLabels: [aliasLabel([['cf'], ['', 'global'], ['', 'api', 'auth'], ['key']]), anyCase('x-auth-key')],
    keywords: ['cloudflare', 'cf_api_key', 'cf_global_api_key', 'cf_auth_key', 'x-auth-key'],
    body: '[0-9a-f]{37}',
    validation: '37 lower-case hex labelled as a Cloudflare (global) API key',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'CLOUDFLARE_GLOBAL_API_KEY' },
    sampleSecret: (r) => r.chars(37, HEX),
    contexts: (key) => [`CLOUDFLARE_API_KEY=${key}`, `CF_API_KEY = '${key}'`, `curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: ${key}" https://api.cloudflare.com/client/v4/user`],
    negatives: (key) => [`CLOUDFLARE_ACCOUNT_ID=${key.slice(0, 32)}`, `CLOUDFLARE_ACCOUNT_TAG=${key.toUpperCase()}`],
  }),
];
