/**
 * 1Password secrets (secret-formats.md §38; gitleaks 1password.go,
 * https://developer.1password.com/docs/service-accounts/security). A service-account token is `ops_`
 * + base64 of a JSON object holding the account's sign-in address, SRP verifier and Secret Key, so it
 * starts `ops_eyJ`; decoding it rejects truncated docs examples (`ops_eyJzaWduSW5B...`). An account
 * Secret Key is `A3-` + 6 + 11 (or 6-5) + 5 + 5 + 5 upper-case alphanumerics.
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'OP_SERVICE_ACCOUNT_TOKEN';
const remediation = {
  revokeUrl: 'https://my.1password.com/developer-tools/directory',
  usageUrl: 'https://support.1password.com/activity-log/',
  envVar: ENV_VAR,
};

/** The fields every decoded token carried (gitleaks' three fixtures); order varies, so keys are read. */
function isServiceAccountToken(secret: string): boolean {
  try {
    const value: unknown = JSON.parse(Buffer.from(secret.slice(4), 'base64').toString('utf8'));
    if (typeof value !== 'object' || value === null) return false;
    const fields = value as Record<string, unknown>;
    return ['signInAddress', 'email', 'secretKey', 'srpX'].every((key) => typeof fields[key] === 'string');
  } catch {
    return false;
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const serviceAccountToken: Rule = {
  id: '1password-service-account-token',
  provider: '1Password',
  description: '1Password service-account token',
  keywords: ['ops_eyj'],
  ...tokenFields({ prefixes: ['ops_eyJ'], body: '[A-Za-z0-9+/_-]{250,4000}={0,2}', boundary: CLASS.word, end: '(?![A-Za-z0-9+/=_-])' }),
  validate: isServiceAccountToken,
  severity: 'block',
  validation: 'ops_ + base64 JSON with signInAddress, email, secretKey and srpX',
  remediation,
  samples() {
    const r = seededRandom('1password-service-account-token');
    const account = {
      signInAddress: `${r.chars(8, 'abcdefghijklmnopqrstuvwxyz')}.1password.com`,
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.chars(22, UPPER) },
      email: `${r.chars(13, 'abcdefghijklmnopqrstuvwxyz0123456789')}@1passwordserviceaccounts.com`,
      srpX: r.chars(64, '0123456789abcdef'),
      muk: { alg: 'A256GCM', ext: true, k: r.chars(43, UPPER.toLowerCase() + UPPER), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
      secretKey: `A3-${r.chars(6, UPPER)}-${r.chars(6, UPPER)}-${r.chars(5, UPPER)}-${r.chars(5, UPPER)}-${r.chars(5, UPPER)}-${r.chars(5, UPPER)}`,
      throttleSecret: { seed: r.chars(64, '0123456789abcdef'), uuid: r.chars(26, UPPER) },
      deviceUuid: r.chars(26, 'abcdefghijklmnopqrstuvwxyz0123456789'),
    };
    const token = (value: object): string => `ops_${Buffer.from(JSON.stringify(value)).toString('base64').replace(/=+$/, '')}`;
    const good = token(account);
    const { email, ...noEmail } = account;
    return {
      positives: [...inContexts(good, ENV_VAR), `op_token: ${token({ email, ...noEmail })}=`],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...`,
        `${ENV_VAR}=${good.slice(0, 300)}`,
        `${ENV_VAR}=${token(noEmail)}`,
        `${ENV_VAR}=ops_eyJ${'x'.repeat(300)}`,
      ],
    };
  },
};

/** The 1Password security white paper's example Secret Key (both layouts), as docsKeys.ts hash prefixes. */
const WHITEPAPER_KEYS = new Set(['A3-ASWWYB-798JRY-', 'A3-ASWWYB-798JRY'].map((head) => head + 'LJVD4-23DC2-86TVM-H43EB'));

const secretKey: Rule = {
  id: '1password-secret-key',
  provider: '1Password',
  description: '1Password account Secret Key',
  keywords: ['a3-'],
  pattern: /A3-(?<![A-Za-z0-9]A3-)[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9-])/g,
  // Plain comparison: hashing at load time would pull node:crypto into every hook run's start-up.
  validate: (secret) => !WHITEPAPER_KEYS.has(secret),
  severity: 'block',
  validation: 'A3- + 6 + 11 (or 6-5) + 5 + 5 + 5 upper-case alphanumerics, not the white-paper example',
  remediation: { ...remediation, revokeUrl: 'https://support.1password.com/secret-key/', envVar: 'OP_SECRET_KEY' },
  samples() {
    const r = seededRandom('1password-secret-key');
    const group = (n: number): string => r.chars(n, UPPER);
    const key = (middle = `${group(6)}-${group(5)}`): string => `A3-${group(6)}-${middle}-${group(5)}-${group(5)}-${group(5)}`;
    return {
      positives: [`Secret Key: ${key()}`, `OP_SECRET_KEY=${key(group(11))}`, `"secret_key": "${key()}"`],
      negatives: [
        `Secret Key: A3-ASWWYB-798JRY${'-LJVD4-23DC2-86TVM-H43EB'}`,
        `Secret Key: A3-ASWWYB-798JRYLJVD4${'-23DC2-86TVM-H43EB'}`,
        `Secret Key: A3-${'X'.repeat(6)}-${'X'.repeat(11)}-XXXXX-XXXXX-XXXXX`,
        `Secret Key: A3-${group(6).toLowerCase()}-${group(11)}-${group(5)}-${group(5)}-${group(5)}`,
        `Secret Key: ${key()}-${group(5)}`,
        'Secret Key: A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      ],
    };
  },
};

export const onePasswordRules: readonly Rule[] = [serviceAccountToken, secretKey];
