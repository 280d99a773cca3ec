/**
 * JSON Web Tokens (secret-formats.md §45; gitleaks jwt.go, trufflehog jwt, noseyparker jwt.yml):
 * three base64url segments, header and payload both JSON objects, so both start with `eyJ` (`{"`).
 * Issuer-specific JWTs with their own rule (registered earlier) win de-duplication.
 */
import { lazyCrypto } from '../../sha256.js';
import type { Rule } from '../types.js';
import { isSignedJwt, jwtSeverity, signedWithKeyInText } from './jwtClaims.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'AUTH_TOKEN';
/** 1 January 2100 and 1 January 2020: fixed, so samples are the same on every run. */
const FUTURE = 4_102_444_800;
const PAST = 1_577_836_800;

const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A real HS256 token signed with `key`, as jsonwebtoken or PyJWT would produce it. */
function hs256(payload: object, key: string): string {
  const input = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(payload)}`;
  return `${input}.${lazyCrypto().createHmac('sha256', key).update(input).digest('base64url')}`;
}

export const jwtRules: readonly Rule[] = [
  {
    id: 'jwt',
    provider: 'JWT',
    description: 'Signed JSON Web Token (session, API or service token)',
    keywords: ['eyj'],
    // Header ≤ 2 KB, payload ≤ 16 KB, signature 22–1024 characters (RS512 with a 4096-bit key: 683).
    ...tokenFields({
      prefixes: ['eyJ'],
      body: String.raw`${CLASS.base64url}{8,2048}\.eyJ${CLASS.base64url}{8,16384}\.${CLASS.base64url}{22,1024}`,
      boundary: CLASS.base64url,
    }),
    validate: isSignedJwt,
    severityOf: (secret, match) => (signedWithKeyInText(secret, match.input) ? undefined : jwtSeverity(secret)),
    severity: 'block',
    validation: 'header and payload decode to JSON, alg present and not none, not a docs sample nor signed with a published HMAC key; warn when expired or a Supabase anon key',
    remediation: {
      // No page of its own: the issuer (`iss`) rotates its signing key or revokes the session.
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('jwt');
      const signature = (length = 43): string => r.chars(length, ALPHABET.base64url);
      const jwt = (payload: object, header: object = { alg: 'HS256', typ: 'JWT' }, sig = signature()): string =>
        `${segment(header)}.${segment(payload)}.${sig}`;
      const user = { sub: `user_${r.chars(12, ALPHABET.base62)}`, iat: 1_700_000_000, exp: FUTURE };
      const supabase = (role: string, iss = 'supabase'): object => ({ iss, ref: r.chars(20, 'abcdefghijklmnopqrstuvwxyz'), role, iat: 1_700_000_000, exp: FUTURE });
      const jwtIo = { sub: '1234567890', name: 'John Doe', iat: 1_516_239_022 };
      return {
        positives: [
          ...inContexts(jwt(user), ENV_VAR),
          `${ENV_VAR}=${hs256(user, r.chars(32, ALPHABET.base62))}`,
          `SUPABASE_SERVICE_ROLE_KEY=${jwt(supabase('service_role'))}`,
          `SUPABASE_ANON_KEY=${jwt(supabase('anon'))}`,
          `session: ${jwt({ ...user, exp: PAST })}`,
          // One real claim next to placeholder words: still a session.
          `${ENV_VAR}=${jwt({ foo: 'bar', exp: FUTURE })}`,
          `${ENV_VAR}=${jwt({ sub: 'user:bob' })}`,
          `id_token: ${jwt({ ...user, aud: 'app' }, { alg: 'RS256', kid: r.chars(16, ALPHABET.base62) }, signature(342))}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${jwt(jwtIo, { alg: 'HS256', typ: 'JWT' }, 'SflKxwRJSMeKKF2QT4fw' + 'pMeJf36POk6yJV_adQssw5c')}`,
          `${ENV_VAR}=${jwt(jwtIo)}`,
          `SUPABASE_ANON_KEY=${jwt(supabase('anon', 'supabase-demo'))}`,
          `${ENV_VAR}=${hs256({ some: 'payload' }, 'secret')}`,
          `${ENV_VAR}=${hs256(user, 'shhh' + 'hh')}`,
          // jwt.io's current debugger default key, any payload (issue #12).
          `${ENV_VAR}=${hs256(user, 'a-string-secret-' + 'at-least-256-bits-long')}`,
          // Issue #12, seen on real repositories: FastAPI's tutorial key (fastapi's own tests), and a
          // payload of placeholder words only (fosite's RS256 test vectors in ory/hydra).
          `"Authorization": "Bearer ${hs256({ sub: 'foo' }, ['09d25e094faa6ca2556c818166b7a956', '3b93f7099f6f0f4caa6cf63b88e8d3e7'].join(''))}"`,
          `tokenString: "${jwt({ foo: 'bar' }, { typ: 'JWT', alg: 'RS256' }, signature(342))}",`,
          `${ENV_VAR}=${jwt({ data: 'foo', test: 'example' })}`,
          // GraphQL tutorials' APP_SECRET (prisma-examples READMEs show tokens it signed; issue 12).
          `Authorization: Bearer ${hs256({ userId: r.chars(25, 'abcdefghijklmnopqrstuvwxyz0123456789'), iat: 1_700_000_000 }, 'appsecret' + '321')}`,
          `${ENV_VAR}=${jwt(user, { alg: 'none' })}`,
          `${ENV_VAR}=${jwt(user, { typ: 'JWT' })}`,
          `${ENV_VAR}=${segment(user).slice(0, -2)}.${segment(user)}.${signature()}`,
          `${ENV_VAR}=eyJ${r.chars(40, ALPHABET.base64url)}.eyJ${r.chars(80, ALPHABET.base64url)}.${signature()}`,
          `${ENV_VAR}=${jwt(user, undefined, 'signature')}`,
          // Signed with a key the same file holds (jsonwebtoken's examples/custom_time.rs; issue 12).
          (() => {
            const key = `some-secret-${r.chars(8, ALPHABET.base62)}`;
            return `const SECRET: &str = "${key}";\n\nlet token = "${hs256(user, key)}";`;
          })(),
          // A signature of a length HS256 never makes (fiber's "jwt-like long token" test; issue 12).
          `Authorization: Bearer ${jwt({ sub: '1234' }, { alg: 'HS256' }, signature(32))}`,
          // A signature typed as one short pattern over and over (issue 12).
          `${ENV_VAR}=${jwt(user, undefined, 'abc123'.repeat(7) + 'a')}`,
          `${ENV_VAR}=eyJhbGciOi...`,
          `blob=Q${jwt(user)}`,
        ],
      };
    },
  },
];
