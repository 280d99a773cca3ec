/**
 * Google API keys, Gemini included (secret-formats.md §3, §26; gitleaks gcp.go, trufflehog
 * googlegemini), and OAuth client secrets (§4; noseyparker google.yml). Firebase web keys have the
 * same format and are rated separately (firebase-web-key.ts, listed before this rule so it wins).
 */
import type { Rule } from '../types.js';
import { notKnownSample } from './docsKeys.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

/**
 * `AIza` + 35 base64url is 29 bytes in 39 characters, so the last character holds 2 zero padding
 * bits: one of these 16. Checked on 27 public keys (12 leaked ones, gitleaks' 15 allowlisted SDK
 * keys); a random 39-character string passes with probability 1/4.
 */
export const GOOGLE_KEY_LAST = 'AEIMQUYcgkosw048';
/** The 35 characters after `AIza`, as regex source. */
export const GOOGLE_KEY_BODY = `${CLASS.base64url}{34}[${GOOGLE_KEY_LAST}]`;

/** Public keys from firebase-android-sdk tests that gitleaks allowlists (gcp.go): SHA-256 prefixes. */
export const isNotGoogleSample = notKnownSample(
  new Set([
    '2037abcaffb2b777', '3f370c9dd8225c63', 'e4a5542bb7fd7b67', 'a19f89ab3555eac1', '0b476bdf9acf2123',
    'eb540d2b6ee2a0a4', '37f8f09bdf12c2f2', '8731261cb72d8626', '49f777db995e8260', '27a9a42931dff7eb',
    'dc0fcf046c61640c', '4c98242dcadc8b29', 'ea9bb1082cf95663', '3a8b61d0f636b007', 'a6c814bc555ae62c',
  ]),
);

/** A sample key body: `Sy` (as in practically every key) + random + a valid last character. */
export function googleKeyBody(r: { chars(n: number, alphabet: string): string }): string {
  return 'Sy' + r.chars(32, ALPHABET.base64url) + r.chars(1, GOOGLE_KEY_LAST);
}

const googleApiKey = prefixedRule({
  id: 'google-api-key',
  provider: 'Google',
  description: 'Google API key (Gemini, Maps, YouTube, any Google Cloud API)',
  prefixes: ['AIza'],
  body: GOOGLE_KEY_BODY,
  validate: isNotGoogleSample,
  validation: 'AIza + 35 base64url characters, the last one a valid 29-byte base64 ending; not a public SDK sample',
  remediation: {
    revokeUrl: 'https://console.cloud.google.com/apis/credentials',
    usageUrl: 'https://console.cloud.google.com/apis/dashboard',
    envVar: 'GEMINI_API_KEY',
  },
  sampleBody: googleKeyBody,
  positives: (key) => [
    `GOOGLE_MAPS_API_KEY=${key}`,
    `<meta-data android:name="com.google.android.geo.API_KEY" android:value="${key}"/>`,
    `<script src="https://maps.googleapis.com/maps/api/js?key=${key}&callback=initMap"></script>`,
    `genai.configure(api_key="${key}")`,
    // A Gemini key among Firebase settings is still a Gemini key.
    `VITE_FIREBASE_PROJECT_ID=demo\nGEMINI_API_KEY=${key}\nVITE_FIREBASE_AUTH_DOMAIN=demo.firebaseapp.com`,
  ],
  negatives: (key) => [
    `key: ${key.slice(0, -1)}B`,
    `gemini: ${key.toUpperCase()}`,
    `GEMINI_API_KEY=AIzaSy${'X'.repeat(33)}`,
    `GEMINI_API_KEY=AIzaSy${'abcdefghijklmnopqrstuvwxyz'}1234567`,
    // gitleaks' allowlisted firebase-android-sdk key, split so the literal is not in the source.
    `apiKey: "${'AIzaSyAnLA7NfeLquW1tJF'}${'px_eQCxoX-oo6YyIs'}"`,
  ],
});

const googleOauthClientSecret = prefixedRule({
  id: 'google-oauth-client-secret',
  provider: 'Google',
  description: 'Google OAuth 2.0 client secret',
  prefixes: ['GOCSPX-'],
  body: `${CLASS.base64url}{28}`,
  validation: 'GOCSPX- + 28 base64url characters (35 in all)',
  remediation: {
    revokeUrl: 'https://console.cloud.google.com/apis/credentials',
    usageUrl: 'https://console.cloud.google.com/logs/query',
    envVar: 'GOOGLE_CLIENT_SECRET',
  },
  sampleBody: (r) => r.chars(28, ALPHABET.base64url),
  positives: (secret) => [
    `{"installed":{"client_id":"1234-abc.apps.googleusercontent.com","client_secret":"${secret}","redirect_uris":["http://localhost"]}}`,
  ],
});

export const googleRules: readonly Rule[] = [googleApiKey, googleOauthClientSecret];
