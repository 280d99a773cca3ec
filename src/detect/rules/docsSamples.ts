/**
 * Credentials printed in the OAuth RFCs and copied into every OAuth library's docs and tests
 * (secret-formats.md Appendix B, "known public docs samples"). Held as SHA-256 prefixes
 * (docsKeys.ts), so this file carries no credential-shaped text.
 */
import { hashPrefix } from './docsKeys.js';

const RFC_SAMPLES = new Set([
  // RFC 6749 §4.1–§5.1: access token, refresh token, authorization code, client secret, and the
  // password of the `s6BhdRkqt3:gX1fBat3bV` Basic credentials (§2.3.1).
  '6c96130f130ab0d6',
  '00cf4c781dc37003',
  'a35b81a7d7927b70',
  'e9974c507d2a8021',
  '53f5da0aaa93d64c',
  // RFC 5849 §1.2: consumer key and secret, temporary and token credentials, verifier.
  '293257ab6495ebb1',
  'cb87c87e4a138d9a',
  '4c20e6f5cc11b937',
  '6aa14267d94944e6',
  'bb9b1163338b2a51',
  '649e1f5c769e718b',
  '128e8e99b7b9ff47',
  // Django REST framework's TokenAuthentication example (docs/api-guide/authentication.md,
  // `Authorization: Token 9944b…`), copied into countless tutorials.
  '5cc1e9113bbaa704',
]);

export function isRfcSample(value: string): boolean {
  return RFC_SAMPLES.has(hashPrefix(value));
}
