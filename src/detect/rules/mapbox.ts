/**
 * Mapbox secret access tokens (https://docs.mapbox.com/accounts/guides/tokens/; trufflehog mapbox,
 * kingfisher mapbox.yml): `sk.` + base64url JSON `{"u":"<user>","a":"<token id>"}` + `.` + 22
 * base64url. Decoded and checked on 9 real tokens in public code (Gradle `MAPBOX_DOWNLOADS_TOKEN`
 * credentials, `MapboxOptions.setAccessToken`), all `{"u":…,"a":…}`. Public tokens (`pk.…`) ship in
 * every map page by design and temporary ones (`tk.…`) expire within an hour: neither is reported.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The payload names a user and a token id, as Mapbox issues it. */
function hasMapboxPayload(token: string): boolean {
  const payload = token.slice(3, token.lastIndexOf('.'));
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && typeof (claims as { u?: unknown }).u === 'string' && typeof (claims as { a?: unknown }).a === 'string';
  } catch {
    return false;
  }
}

const payloadOf = (r: SampleRandom, user: string): string =>
  Buffer.from(JSON.stringify({ u: user, a: r.chars(25, LOWER_ALNUM) })).toString('base64url');

export const mapboxRules: readonly Rule[] = [
  prefixedRule({
    id: 'mapbox-secret-token',
    provider: 'Mapbox',
    description: 'Mapbox secret access token',
    // `pk.` tokens are matched too, and rejected: the generic rule then leaves them alone
    // (generalRules.ts), where it used to block `MAPBOX_ACCESS_TOKEN=pk.…` as a secret.
    prefixes: ['sk.eyJ1Ijoi', 'pk.eyJ1Ijoi'],
    // The rest of `{"u":"<user>","a":"<id>"}` (user names of 1–64 characters) + `.` + signature.
    body: '[A-Za-z0-9_-]{30,140}\\.[A-Za-z0-9_-]{22}',
    fixedLength: false,
    validate: (token) => token.startsWith('sk.') && hasMapboxPayload(token),
    validation: 'sk. + base64url {"u":user,"a":id} + . + 22 base64url (pk. public tokens are not reported)',
    remediation: { revokeUrl: 'https://account.mapbox.com/access-tokens/', usageUrl: 'https://account.mapbox.com/statistics/', envVar: 'MAPBOX_DOWNLOADS_TOKEN' },
    sampleBody: (r) => `${payloadOf(r, 'acme-maps').slice('eyJ1Ijoi'.length)}.${r.chars(22, ALPHABET.base64url)}`,
    positives: (token) => [`credentials {\n    username = "mapbox"\n    password = "${token}"\n}`],
    negatives: (token, r) => [
      `MAPBOX_ACCESS_TOKEN=${token.replace('sk.', 'pk.')}`,
      `mapboxgl.accessToken = '${token.replace('sk.', 'pk.')}';`,
      `MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1Ijoi${r.chars(40, ALPHABET.base64url)}.${r.chars(22, ALPHABET.base64url)}`,
      `MAPBOX_DOWNLOADS_TOKEN=${token.slice(0, -1)}`,
    ],
  }),
];
