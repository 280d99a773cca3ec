/**
 * Qdrant Cloud database API keys (https://qdrant.tech/documentation/cloud/authentication/: "can be
 * recognized by starting with eyJhb";
 * https://qdrant.tech/documentation/guides/security/#granular-access-control-with-jwt): current keys
 * are HS256 JWTs whose payload opens with the `access` claim — `"r"` (read-only), `"m"` (manage) or a
 * list of per-collection grants — so every one starts its payload with `eyJhY2Nlc3Mi` (base64url of
 * `{"access"`). Checked on 3 public examples (all HS256 with `access` first, one with a `subject`
 * claim) and 10 placeholders. The generic JWT rule would report them too; this rule is listed before
 * it (index.ts), so the finding names Qdrant and its key page. No checksum (the signature needs the
 * cluster's master key).
 */
import type { Rule } from '../types.js';
import { decodeJwt, isSignedJwt, jwtSeverity } from './jwtClaims.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'QDRANT_API_KEY';
/** base64url of `{"access"` (9 bytes, so 12 characters whatever follows): the payload's first claim. */
const ACCESS_CLAIM = 'eyJhY2Nlc3Mi';

/** The `access` claim Qdrant grants: `r`, `m`, or per-collection `[{ collection, access }]`. */
function hasQdrantAccess(token: string): boolean {
  const access = decodeJwt(token)?.payload['access'];
  return access === 'r' || access === 'm' || (Array.isArray(access) && access.length > 0);
}

const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export const qdrantRules: readonly Rule[] = [
  {
    id: 'qdrant-api-key',
    provider: 'Qdrant',
    description: 'Qdrant Cloud database API key (JWT with an access claim)',
    keywords: [ACCESS_CLAIM.toLowerCase()],
    ...tokenFields({
      prefixes: ['eyJ'],
      body: String.raw`${CLASS.base64url}{8,256}\.${ACCESS_CLAIM}${CLASS.base64url}{0,4096}\.${CLASS.base64url}{22,1024}`,
      boundary: CLASS.base64url,
    }),
    validate: (token) => hasQdrantAccess(token) && isSignedJwt(token),
    // Expired tokens warn, as for any JWT (jwtClaims.ts).
    severityOf: (token) => jwtSeverity(token),
    severity: 'block',
    validation: 'JWT whose payload starts with an access claim of r, m or collection grants; alg present and not none; warn when expired',
    remediation: {
      revokeUrl: 'https://qdrant.tech/documentation/cloud/authentication/',
      usageUrl: 'https://cloud.qdrant.io/',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('qdrant-api-key');
      const header = segment({ alg: 'HS256', typ: 'JWT' });
      const jwt = (payload: object): string => `${header}.${segment(payload)}.${r.chars(43, ALPHABET.base64url)}`;
      return {
        positives: [
          ...inContexts(jwt({ access: 'm' }), ENV_VAR),
          `client = QdrantClient(url=QDRANT_URL, api_key="${jwt({ access: 'r', subject: `api-key:${r.chars(8, '0123456789abcdef')}` })}")`,
          `${ENV_VAR}=${jwt({ access: [{ collection: 'docs', access: 'rw' }] })}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${header}.${segment({ access: 'm' })}`,
          `${ENV_VAR}=${segment({ alg: 'none' })}.${segment({ access: 'm' })}.${r.chars(43, ALPHABET.base64url)}`,
        ],
      };
    },
  },
];
