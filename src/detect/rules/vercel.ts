/**
 * Vercel tokens (secret-formats.md §0.5, §32; https://vercel.com/changelog/new-token-formats-and-
 * secret-scanning, kingfisher vercel.yml). Since 2026: `vcp_` personal, `vci_` integration, `vca_` app
 * access, `vcr_` app refresh, `vck_` AI Gateway key, each + 50 base64url + the CRC-32 of those 50,
 * base62, zero-padded to 6 (the GitHub/npm encoding; verified on 4 kingfisher examples). Legacy
 * tokens are 24 bare base62 characters and only reported next to a Vercel token label.
 */
import type { Rule } from '../types.js';
import { encodeBase62 } from '../checksum/base62.js';
import { crc32 } from '../checksum/crc32.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts } from './labelledSamples.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom, shift } from './sampleKit.js';

const ENV_VAR = 'VERCEL_TOKEN';
const PREFIXES = ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'];
const remediation = {
  revokeUrl: 'https://vercel.com/account/settings/tokens',
  usageUrl: 'https://vercel.com/docs/observability/audit-log',
  envVar: ENV_VAR,
};

const checksum = (body: string): string => encodeBase62(crc32(body), 6);

const token: Rule = {
  id: 'vercel-token',
  provider: 'Vercel',
  description: 'Vercel personal, integration, app or AI Gateway token',
  keywords: PREFIXES,
  ...tokenFields({ prefixes: PREFIXES, body: `${CLASS.base64url}{50}${CLASS.base62}{6}`, boundary: CLASS.base64url }),
  validate: (secret) => secret.slice(-6) === checksum(secret.slice(4, -6)),
  severity: 'block',
  validation: 'vc?_ + 50 base64url + 6-character CRC-32/base62 checksum of those 50',
  remediation,
  samples() {
    const r = seededRandom('vercel-token');
    const make = (prefix = 'vcp_', body = r.chars(50, ALPHABET.base64url)): string => prefix + body + checksum(body);
    const good = make();
    return {
      positives: [...inContexts(good, ENV_VAR), ...PREFIXES.slice(1).map((p) => `token: ${make(p)}`)],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=vcp_${'x'.repeat(56)}`,
        `${ENV_VAR}=${good.slice(0, -6)}${shift(good.slice(-6), ALPHABET.base62)}`,
        `${ENV_VAR}=${good.slice(0, -1)}`,
        `${ENV_VAR}=${good}Q`,
        `const id = "vcx_${good.slice(4)}";`,
      ],
    };
  },
};

/** `VERCEL_TOKEN`, `vercel_api_token`, `vercelAuthToken`, `VERCEL_ACCESS_KEY`. */
const LABEL = [['vercel'], ['', 'api', 'access', 'auth'], ['token', 'key']];

const legacyToken: Rule = {
  id: 'vercel-legacy-token',
  provider: 'Vercel',
  description: 'Vercel access token, legacy unprefixed format (next to a Vercel token label)',
  keywords: ['vercel'],
  pattern: new RegExp(`${labelSource(LABEL)}${ASSIGN}(${CLASS.base62}{24})(?![A-Za-z0-9_-])`, 'g'),
  secretGroup: 1,
  // 24 random base62 characters show both cases except with probability ~4e-6; words and ids rarely do.
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret),
  severity: 'block',
  validation: '24 base62 characters (both cases) right after a Vercel token label',
  remediation,
  samples() {
    const r = seededRandom('vercel-legacy-token');
    const legacy = (length = 24): string => `${r.chars(length - 2, ALPHABET.base62)}aZ`;
    return {
      positives: [...labelledContexts(legacy(), ENV_VAR), `vercel_api_token: "${legacy()}"`],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=vercelprojectproductionxy`,
        `VERCEL_PROJECT_ID=prj_${r.chars(28, ALPHABET.base62)}`,
        `VERCEL_ORG_ID=${r.chars(24, ALPHABET.base62)}`,
      ],
    };
  },
};

export const vercelRules: readonly Rule[] = [token, legacyToken];
