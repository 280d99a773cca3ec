/**
 * Grafana tokens (https://grafana.com/docs/grafana/latest/administration/service-accounts/,
 * https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/;
 * gitleaks grafana.go, kingfisher grafana.yml, trufflehog grafana*):
 * - Cloud access-policy tokens: `glc_` + base64 JSON `{"o":"<org id>","n":"<name>","k":"<secret>","m":{"r":"<region>"}}`,
 *   with or without padding; the payload is decoded and checked (checked on 7 public examples, 2
 *   truncated docs samples that fail the decode);
 * - service-account tokens: `glsa_` + 32 alphanumerics + `_` + 8 hex, the hex being the CRC-32 of
 *   `glsa_` + the 32 characters, bytes in little-endian order (Grafana's pkg/components/satokengen;
 *   confirmed on both public examples found, 6 placeholders);
 * - legacy API keys: base64 JSON `{"k":"<32 alphanumerics>","n":"<name>","id":<org id>}`, starting
 *   `eyJrIjoi`. Power BI "publish to web" links start the same way (`{"k":"<uuid>","t":…}`, 8 of the
 *   10 public hits), so exactly these three fields are required.
 */
import type { Rule } from '../types.js';
import { crc32 } from '../checksum/crc32.js';
import { base64JsonObject, encodeBase64Json, hasExactly } from './base64Json.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const BASE64_END = '(?![A-Za-z0-9+/=_-])';
const BASE64 = '[A-Za-z0-9+/]';
const remediation = {
  revokeUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  usageUrl: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/audit-grafana/',
  envVar: 'GRAFANA_SERVICE_ACCOUNT_TOKEN',
};

/** Little-endian hex of the CRC-32, as Grafana's satokengen prints it. */
export function checksumHex(text: string): string {
  const c = crc32(text);
  return [c, c >>> 8, c >>> 16, c >>> 24].map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
}

function serviceAccountChecksum(token: string): boolean {
  const cut = token.lastIndexOf('_');
  return checksumHex(token.slice(0, cut)) === token.slice(cut + 1);
}

function cloudPayload(token: string): boolean {
  const p = base64JsonObject(token.slice('glc_'.length));
  return p !== undefined && typeof p['o'] === 'string' && /^\d+$/.test(p['o']) && typeof p['n'] === 'string' && typeof p['k'] === 'string' && p['k'].length >= 16;
}

function legacyPayload(token: string): boolean {
  const p = base64JsonObject(token);
  return p !== undefined && hasExactly(p, ['k', 'n', 'id']) && typeof p['k'] === 'string' && /^[A-Za-z0-9]{32}$/.test(p['k']) && typeof p['id'] === 'number';
}

const cloudBody = (r: SampleRandom, k = r.chars(24, ALPHABET.base62)): string =>
  encodeBase64Json({ o: '1382013', n: 'stack-1206009-alloy', k, m: { r: 'prod-eu-west-2' } });

export const grafanaRules: readonly Rule[] = [
  prefixedRule({
    id: 'grafana-cloud-token',
    provider: 'Grafana',
    description: 'Grafana Cloud access-policy token',
    prefixes: ['glc_'],
    body: `eyJ${BASE64}{40,400}={0,2}`,
    end: BASE64_END,
    validate: cloudPayload,
    validation: 'glc_ + base64 JSON with org id (o), name (n) and secret (k)',
    remediation: { ...remediation, revokeUrl: 'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/', envVar: 'GRAFANA_CLOUD_API_KEY' },
    sampleBody: (r) => cloudBody(r),
    fixedLength: false,
    positives: (token) => [`basic_auth:\n  username: 1164264\n  password: ${token}\n`, `#define GRAFANA_API_KEY "1034137:${token}"`],
    negatives: (_token, r) => [
      `GRAFANA_CLOUD_API_KEY=glc_${encodeBase64Json({ o: '123456', n: 'token' })}`,
      `GRAFANA_CLOUD_API_KEY=glc_${cloudBody(r, 'short').slice(0, 60)}`,
    ],
  }),
  prefixedRule({
    id: 'grafana-service-account-token',
    provider: 'Grafana',
    description: 'Grafana service account token',
    prefixes: ['glsa_'],
    body: `${CLASS.base62}{32}_[0-9a-f]{8}`,
    boundary: CLASS.word,
    validate: serviceAccountChecksum,
    validation: 'glsa_ + 32 alphanumerics + _ + CRC-32 (little-endian hex) of everything before it',
    remediation,
    sampleBody: (r) => {
      const random = r.chars(32, ALPHABET.base62);
      return `${random}_${checksumHex(`glsa_${random}`)}`;
    },
    negatives: (token) => [`${remediation.envVar}=${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`, 'apiKey: "glsa_test",'],
  }),
  prefixedRule({
    id: 'grafana-api-key',
    provider: 'Grafana',
    description: 'Grafana legacy API key',
    prefixes: ['eyJrIjoi'],
    body: `${BASE64}{40,300}={0,2}`,
    end: BASE64_END,
    validate: legacyPayload,
    validation: 'base64 JSON with exactly k (32 alphanumerics), n and a numeric id',
    remediation: { ...remediation, envVar: 'GRAFANA_API_KEY' },
    sampleBody: (r) => encodeBase64Json({ k: r.chars(32, ALPHABET.base62), n: 'deploy', id: 1 }).slice('eyJrIjoi'.length),
    fixedLength: false,
    negatives: (_token, r) => {
      const powerBi = encodeBase64Json({ k: uuidFrom(r.chars(32, HEX)), t: uuidFrom(r.chars(32, HEX)), c: 8 });
      return [`src="https://app.powerbi.com/view?r=${powerBi}"`, `GRAFANA_API_KEY=${encodeBase64Json({ k: 'abc', n: 'x', id: 1 })}`];
    },
  }),
];
