/**
 * Supabase keys (secret-formats.md §34; trufflehog supabasetoken, kingfisher supabase.yml,
 * osv-scalibr veles/secrets/supabase). `sbp_` + 40 hex is a Management API personal token;
 * `sb_secret_` + 31–36 base64url (observed: 22 + `_` + 8) is a project secret API key that bypasses
 * Row Level Security. `sb_publishable_` keys and `anon` JWTs are public by design and not reported
 * here; legacy `service_role` JWTs are the JWT rule's (jwt.ts reads Supabase claims).
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { CLASS, tokenFields } from './pattern.js';
import { countOf } from './randomness.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'SUPABASE_ACCESS_TOKEN';

const personalToken: Rule = {
  id: 'supabase-personal-access-token',
  provider: 'Supabase',
  description: 'Supabase Management API personal access token',
  keywords: ['sbp_'],
  ...tokenFields({ prefixes: ['sbp_'], body: '[0-9a-f]{40}', boundary: '[A-Za-z0-9_]' }),
  severity: 'block',
  validation: 'sbp_ + 40 lower-case hex characters',
  remediation: {
    revokeUrl: 'https://supabase.com/dashboard/account/tokens',
    usageUrl: 'https://supabase.com/dashboard/org/_/audit',
    envVar: ENV_VAR,
  },
  samples() {
    const r = seededRandom('supabase-personal-access-token');
    const token = (length = 40): string => `sbp_${r.chars(length, HEX)}`;
    return {
      positives: [...inContexts(token(), ENV_VAR), `supabase login --token ${token()}`],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=sbp_${'x'.repeat(40)}`,
        `${ENV_VAR}=sbp_${'0'.repeat(40)}`,
        `${ENV_VAR}=${token(39)}`,
        `${ENV_VAR}=${token(41)}`,
        `${ENV_VAR}=${token().toUpperCase().replace('SBP_', 'sbp_')}`,
      ],
    };
  },
};

const SECRET_ENV = 'SUPABASE_SECRET_KEY';

/** kingfisher's tell for real keys: at least three upper- and three lower-case letters. */
const mixed = (secret: string): boolean => countOf(secret, /[A-Z]/) >= 3 && countOf(secret.slice(10), /[a-z]/) >= 3;

const secretKey: Rule = {
  id: 'supabase-secret-key',
  provider: 'Supabase',
  description: 'Supabase project secret API key (sb_secret_, bypasses Row Level Security)',
  keywords: ['sb_secret_'],
  ...tokenFields({ prefixes: ['sb_secret_'], body: `${CLASS.base64url}{31,36}`, boundary: CLASS.base64url }),
  validate: mixed,
  severity: 'block',
  validation: 'sb_secret_ + 31–36 base64url characters with both cases',
  remediation: {
    revokeUrl: 'https://supabase.com/dashboard/project/_/settings/api-keys',
    usageUrl: 'https://supabase.com/dashboard/project/_/logs/explorer',
    envVar: SECRET_ENV,
  },
  samples() {
    const r = seededRandom('supabase-secret-key');
    const key = (head = 22, tail = 8): string =>
      `sb_secret_${r.chars(head - 3, ALPHABET.base62)}aBc_${r.chars(tail - 3, ALPHABET.base62)}XyZ`;
    return {
      positives: [...inContexts(key(), SECRET_ENV), `supabaseAdmin = createClient(url, "${key(26, 9)}")`],
      negatives: [
        ...indirections(SECRET_ENV),
        `${SECRET_ENV}=sb_secret_...`,
        `${SECRET_ENV}=sb_secret_${'x'.repeat(31)}`,
        `${SECRET_ENV}=${key(20, 8)}`,
        `${SECRET_ENV}=${key(26, 12)}`,
        `SUPABASE_PUBLISHABLE_KEY=sb_publishable_${r.chars(22, ALPHABET.base62)}_${r.chars(8, ALPHABET.base62)}`,
        `const sb_secret_key_name_for_the_service_role_client = env();`,
      ],
    };
  },
};

export const supabaseRules: readonly Rule[] = [personalToken, secretKey];
