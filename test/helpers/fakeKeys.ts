import { createHmac, generateKeyPairSync, randomInt } from 'node:crypto';

/**
 * Synthetic keys for integration tests, built at run time from parts so no literal
 * key ever sits in this repository. They have the real shape (and pass keyguard's
 * structural checks) but were never issued by anyone.
 */
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const B64URL = `${B62}-_`;
const MARKER = ['T3Bl', 'bkFJ'].join('');

export function randomFrom(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** `sk-proj-` + 74 + marker + 74 (164 chars), second half ending in `A` like real keys. */
export function fakeOpenAiProjectKey(): string {
  return `${'sk-'}proj-${randomFrom(B64URL, 74)}${MARKER}${randomFrom(B64URL, 73)}A`;
}

/** Legacy `sk-` + 20 + marker + 20 (51 chars). */
export function fakeOpenAiLegacyKey(): string {
  return `${'sk'}-${randomFrom(B62, 20)}${MARKER}${randomFrom(B62, 20)}`;
}

/** `AKIA` + 16 base32 characters. */
export function fakeAwsAccessKeyId(): string {
  return `${'AK'}IA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
}

/** A PKCS#1 RSA private key generated now (multi-line PEM); throwaway, never stored anywhere. */
export function fakeRsaPrivateKeyPem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
}

/** A PEM block of `label` with a random base64 body in 64-character lines (a certificate's shape, not a real one). */
export function fakePemBlock(label: string): string {
  const body = randomFrom(`${B62}+/`, 640).match(/.{1,64}/g)!.join('\n');
  return `${'-----BEGIN'} ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/**
 * Supabase's local-development JWT (`supabase start` prints one per role): HS256 over
 * `iss: supabase-demo`, signed with the published demo secret. Built here so the token is never
 * written literally.
 */
export function supabaseDemoJwt(role: 'anon' | 'service_role'): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'supabase-demo', role, exp: 1983812996 })}`;
  const demoSecret = ['super-secret-jwt-token', 'with-at-least-32-characters-long'].join('-');
  return `${input}.${createHmac('sha256', demoSecret).update(input).digest('base64url')}`;
}

/** `sk-ant-api03-` + 93 base64url + `AA` (108 chars), Anthropic's API key shape. */
export function fakeAnthropicKey(): string {
  return `${'sk-'}ant-api03-${randomFrom(B64URL, 93)}AA`;
}

/** `sk_live_` + 24 base62: a Stripe live secret key of the older length. */
export function fakeStripeLiveKey(): string {
  return `${'sk'}_live_${randomFrom(B62, 24)}`;
}
