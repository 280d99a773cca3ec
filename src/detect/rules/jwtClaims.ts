/**
 * Offline reading of a JWS compact token (RFC 7515 §7.1): `header.payload.signature`, each
 * base64url without padding; header and payload are JSON objects. Nothing here verifies the
 * signature — that needs the issuer's secret or JWKS (secret-formats.md §45).
 */
import { lazyCrypto } from '../../sha256.js';
import { repeatsShortPattern } from '../placeholder.js';
import { isReservedHost } from './credentialJudge.js';
import type { Severity } from '../types.js';

export interface JwtParts {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly signature: string;
}

function jsonObject(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The three parts, or undefined unless header and payload decode to JSON objects. */
export function decodeJwt(token: string): JwtParts | undefined {
  const [head = '', body = '', signature = '', extra] = token.split('.');
  if (extra !== undefined) return undefined;
  const header = jsonObject(head);
  const payload = header === undefined ? undefined : jsonObject(body);
  return header === undefined || payload === undefined ? undefined : { header, payload, signature };
}

/**
 * The jwt.io debugger's sample (payload `sub` 1234567890, `name` John Doe, `iat` 1516239022) is
 * pasted into countless READMEs and tests; its `sub` and `name` are the tell (secret-formats.md
 * §45, Appendix B). Supabase's local-dev keys carry `"iss":"supabase-demo"` and are public (§34).
 */
function isDocsSample(payload: JwtParts['payload']): boolean {
  return payload['sub'] === '1234567890' || payload['name'] === 'John Doe' || payload['iss'] === 'supabase-demo' || onlyPlaceholderClaims(payload);
}

/** Metasyntactic words that tests put in a payload (`{"foo":"bar"}`, `{"data":"foo"}`). */
const PLACEHOLDER_CLAIM = /^(?:foo|bar|baz|qux|quux|test|example|hello|world|lorem|ipsum)$/i;

/**
 * A payload whose every claim is a placeholder word (`{"foo":"bar"}`, fosite's and PyJWT's test
 * tokens, seen 8 times in ory/hydra) names no subject, issuer or expiry: a signing test vector, not
 * a session. One real claim (`sub` of an id, any `exp`) keeps the token a credential.
 */
function onlyPlaceholderClaims(payload: JwtParts['payload']): boolean {
  const claims = Object.entries(payload);
  return claims.length > 0 && claims.every(([, value]) => typeof value === 'string' && PLACEHOLDER_CLAIM.test(value));
}

const HMAC: Readonly<Record<string, string>> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
/**
 * HMAC keys of docs and quick starts: jwt.io's `your-256-bit-secret` and its current debugger's
 * default `a-string-secret-at-least-256-bits-long` (pasted as is into JWT_SECRET of many public
 * projects: Go, Java, C#, Python and .env files, seen in 10 repositories), jsonwebtoken's README
 * `shhhhh`, PyJWT's `secret`, Supabase's local-dev JWT secret, FastAPI's OAuth2/JWT tutorial key
 * (docs/en/docs/tutorial/security/oauth2-jwt.md; copied by every app in docsSamples.ts). A token that verifies with one of
 * them is a sample that anyone can forge, not a credential (checked offline, RFC 7515 §5.2).
 */
const PUBLIC_HMAC_KEYS = [
  'secret', 'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long', 'a-string-secret-at-least-384-bits-long',
  'a-string-secret-at-least-512-bits-long', 'shhhhh', 'key', 'secretkey',
  'secret-key', 'your-secret-key', 'mysecret', 'my-secret', 'my_secret', 'changeme', 'password', 'test',
  'jwt-secret', 'jwt_secret', 'supersecret', 'super-secret-jwt-token-with-at-least-32-characters-long',
  // A published tutorial value, split so that no scanner reads it as a key of ours.
  ['09d25e094faa6ca2556c818166b7a956', '3b93f7099f6f0f4caa6cf63b88e8d3e7'].join(''),
  // GraphQL tutorials' APP_SECRET: prisma-examples (`appsecret321`, its READMEs show tokens it signed:
  // 4 blocks in issue 12's third sweep) and howtographql's hackernews-node (`GraphQL-is-aw3some`);
  // each seen in 10+ public repositories copying them (exact-string search, 2026-12).
  'appsecret321', 'GraphQL-is-aw3some',
];

function signedWithPublicKey(token: string, alg: string): boolean {
  return signedWithOneOf(token, alg, PUBLIC_HMAC_KEYS);
}

/** Whether the HS256/384/512 token's signature is the HMAC under one of `keys`. */
function signedWithOneOf(token: string, alg: string, keys: readonly string[]): boolean {
  const hash = HMAC[alg.toUpperCase()];
  if (hash === undefined || keys.length === 0) return false;
  const dot = token.lastIndexOf('.');
  const input = token.slice(0, dot);
  const signature = token.slice(dot + 1);
  return keys.some((key) => lazyCrypto().createHmac(hash, key).update(input).digest('base64url') === signature);
}

/**
 * A test token beside the key it is signed with: `const SECRET: &str = "some-secret"` and the
 * token a few lines on (jsonwebtoken's examples/custom_time.rs; issue 12's seventh sweep). The key
 * is as public as the token, so the token proves nothing. Tries the text's short string literals
 * (at most MAX_LITERALS, read once per text): a real token is not signed with a literal of the
 * file it leaked in, unless that file leaked its signing key too, which other rules report.
 */
export function signedWithKeyInText(token: string, text: string): boolean {
  const alg = decodeJwt(token)?.header['alg'];
  if (typeof alg !== 'string' || HMAC[alg.toUpperCase()] === undefined) return false;
  const cache = literalsOf(text);
  // Bounded work per text: a fixture of thousands of tokens must not cost thousands × 256 HMACs.
  // The first MAX_CHECKS distinct tokens are tried, in the text's order, so a rescan of the same
  // text answers the same; later ones keep their finding.
  let answer = cache.answers.get(token);
  if (answer === undefined) {
    answer = cache.answers.size < MAX_CHECKS && signedWithOneOf(token, alg, cache.literals);
    if (cache.answers.size < MAX_CHECKS) cache.answers.set(token, answer);
  }
  return answer;
}

const MAX_LITERALS = 256;
const MAX_CHECKS = 64;
const LITERAL = /(["'`])([^"'`\\\n]{1,128})\1/g;
let literalCache: { text: string; literals: string[]; answers: Map<string, boolean> } | undefined;

function literalsOf(text: string): { literals: string[]; answers: Map<string, boolean> } {
  if (literalCache?.text !== text) {
    const literals = new Set<string>();
    LITERAL.lastIndex = 0;
    for (let m = LITERAL.exec(text); m !== null && literals.size < MAX_LITERALS; m = LITERAL.exec(text)) {
      // A token's own parts are no keys; skip the token-like literals.
      if (!m[2]!.startsWith('eyJ')) literals.add(m[2]!);
    }
    literalCache = { text, literals: [...literals], answers: new Map() };
  }
  return literalCache;
}

/** HS256 signs with 32 bytes (43 characters); no real algorithm signs with fewer than 16 bytes. */
const MIN_SIGNATURE = 22;

/**
 * Base64url lengths of the signatures whose size the algorithm fixes (RFC 7518 §3.2–3.4: HMAC
 * outputs the whole hash, ECDSA R‖S of the curve's size; RFC 8037 §3.1: Ed25519 64 bytes, Ed448
 * 114). RSA's depends on the key. Any other length is no signature of that algorithm: fiber's
 * "jwt-like long token" test has HS256 with 24 bytes (issue 12's seventh sweep).
 */
const SIGNATURE_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  HS256: [43], HS384: [64], HS512: [86], ES256: [86], ES384: [128], ES512: [176], ES256K: [86], EDDSA: [86, 152], ED25519: [86],
};

function signatureFits(alg: string, signature: string): boolean {
  const lengths = SIGNATURE_LENGTHS[alg.toUpperCase()];
  return lengths === undefined || lengths.includes(signature.length);
}

/**
 * A signed token that could authenticate someone: `alg` present and not `none` (an unsigned token
 * authenticates nobody), a signature of plausible length and not one short pattern typed over and
 * over (`abc123abc123…`, a hand-made sample: issue 12), of the length its algorithm fixes
 * (SIGNATURE_LENGTHS), not a documentation sample, and not signed with a published HMAC key.
 */
export function isSignedJwt(token: string): boolean {
  const parts = decodeJwt(token);
  if (parts === undefined) return false;
  const alg = parts.header['alg'];
  return (
    typeof alg === 'string' &&
    alg.toLowerCase() !== 'none' &&
    parts.signature.length >= MIN_SIGNATURE &&
    signatureFits(alg, parts.signature) &&
    !repeatsShortPattern(parts.signature) &&
    !isDocsSample(parts.payload) &&
    !signedWithPublicKey(token, alg)
  );
}

/**
 * Claims that say who a token is for, how long it lives or which request it authorizes (RFC 7519
 * §4.1, and the `role`/`scope`/`email` of Supabase, OAuth and OIDC tokens). A token without any
 * is a test vector of a JWT library (`{"foo":"bar"}`, `{"test":1234}`, `{"pay":"load"}`: golang-jwt,
 * node-jsonwebtoken, pyjwt, zitadel; 20 blocks in issue 12's second sweep), not a session.
 */
const SESSION_CLAIMS = ['sub', 'exp', 'iat', 'nbf', 'aud', 'jti', 'role', 'scope', 'scp', 'email', 'azp', 'client_id', 'uid', 'user_id', 'userId', 'sid'];

/**
 * When a token was made or becomes valid: alone they name no one and nothing (node-jsonwebtoken's
 * tests sign `{"iat": …}` only; issue 12's third sweep). With `exp`, `sub` or any other SESSION_CLAIMS
 * the token counts.
 */
const TIME_CLAIMS = ['iat', 'nbf'];

/**
 * Metasyntactic claim names: JWT libraries' examples add `foo`/`bar` or `pay` to otherwise complete
 * claims (golang-jwt's `{"foo":"bar","nbf":…}`, zitadel's verifier examples, node-jsonwebtoken's
 * `{"pay":"load"}`); no issuer puts them in a real token.
 */
const TOY_CLAIMS = ['foo', 'bar', 'baz', 'qux', 'pay', 'hello'];

/**
 * An identity no real user has: an email under a reserved name (RFC 2606 `example.com`/`.org`/`.net`,
 * `.example`, `.test`, `.invalid`; RFC 6761 `.localhost`), or a subject named as a test's
 * (`test-subject`, `test_user`). pocketbase's API tests hold 29 tokens of `test@example.com` and
 * apisix a `"sub":"test-subject"` one (issue 12's ninth sweep): tokens a test signed for itself.
 */
const TEST_SUBJECT = /^test[-_](?:subject|user|sub|client|id)$/i;

function isReservedEmail(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  const at = value.lastIndexOf('@');
  return at > 0 && isReservedHost(value.slice(at + 1));
}

function namesTestIdentity(payload: JwtParts['payload']): boolean {
  const subject = payload['sub'];
  return (typeof subject === 'string' && TEST_SUBJECT.test(subject)) || Object.values(payload).some(isReservedEmail);
}

/**
 * `warn` for tokens that are public, dead or made up: Supabase `anon` keys are shipped to browsers
 * by design (§34, only `service_role` bypasses row-level security), a token whose `exp` has passed
 * (or is no number) is rejected by every verifier (RFC 7519 §4.1.4), and one with none of the
 * SESSION_CLAIMS but TIME_CLAIMS or with TOY_CLAIMS is a library's test vector, one of a test identity
 * (namesTestIdentity) a test's own. Everything else blocks.
 */
export function jwtSeverity(token: string, now = Date.now()): Severity | undefined {
  const parts = decodeJwt(token);
  if (parts === undefined) return undefined;
  const { role, exp } = parts.payload;
  if (role === 'anon') return 'warn';
  // A DPoP proof (RFC 9449 §4.2): signed by the client for one request (`htm`, `htu`) and bound to
  // its key; it authorizes nothing on its own (Spring Security's DPoP docs; issue 12).
  if (typeof parts.header['typ'] === 'string' && parts.header['typ'].toLowerCase() === 'dpop+jwt') return 'warn';
  if (exp !== undefined && (typeof exp !== 'number' || exp * 1000 < now)) return 'warn';
  if (!SESSION_CLAIMS.some((claim) => claim in parts.payload && !TIME_CLAIMS.includes(claim))) return 'warn';
  if (TOY_CLAIMS.some((claim) => claim in parts.payload)) return 'warn';
  if (namesTestIdentity(parts.payload)) return 'warn';
  return 'block';
}
