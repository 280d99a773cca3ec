/**
 * Firebase web API keys (secret-formats.md §35, §3): Google API keys that Firebase puts in web and
 * mobile client config, public by design — access is governed by Security Rules and App Check.
 * They are still reported, as a warning: a key left unrestricted also reaches every other API its
 * project enables, Gemini included (Truffle Security, 2025), so its restrictions are worth a look.
 *
 * Only the Firebase context makes the difference, so the pattern requires it, in one of the places
 * Firebase itself writes the key. A Google key merely near the word "firebase" stays google-api-key
 * (block): a `.env` often lists `GEMINI_API_KEY` between `FIREBASE_*` settings.
 */
import type { Rule } from '../types.js';
import { GOOGLE_KEY_BODY, googleKeyBody, isNotGoogleSample } from './google.js';
import { ASSIGN, anyCase } from './labels.js';
import { CLASS } from './pattern.js';
import { seededRandom } from './sampleKit.js';

const KEY_LENGTH = 39;
const API_KEY = `${anyCase('api')}[_-]?${anyCase('key')}`;

/** `FIREBASE_API_KEY=`, `firebaseConfig.apiKey =`, google-services.json, GoogleService-Info.plist. */
const FIREBASE_LABEL = [
  `${anyCase('firebase')}[\\w.-]{0,30}?${API_KEY}${ASSIGN}`,
  `"current_key"[ \\t]{0,4}:[ \\t]{0,4}"`,
  `<key>API_KEY</key>\\s{0,20}<string>`,
].join('|');

/**
 * The console's `firebaseConfig` snippet: `apiKey: "…"` with `authDomain` among the next
 * properties of the same object. `apiKey` must be the whole name: `GEMINI_API_KEY` is not it.
 */
const CONFIG_LABEL = `(?<![\\w-])${API_KEY}${ASSIGN}`;
const AUTH_DOMAIN_AFTER = `(?=[^;{}]{0,160}?${anyCase('auth')}[_-]?${anyCase('domain')})`;

export const firebaseWebApiKey: Rule = {
  id: 'firebase-web-api-key',
  provider: 'Firebase',
  description: 'Firebase web API key (public by design; check its API restrictions)',
  // The key's own prefix: context words such as `firebase` would make generic rules yield to this
  // one on every FIREBASE_* variable (types.ts `general`), FIREBASE_TOKEN included.
  keywords: ['aiza'],
  pattern: new RegExp(
    `AIza${GOOGLE_KEY_BODY}(?!${CLASS.base64url})` +
      `(?:(?<=(?:${FIREBASE_LABEL}).{${KEY_LENGTH}})|(?<=${CONFIG_LABEL}.{${KEY_LENGTH}})${AUTH_DOMAIN_AFTER})`,
    'g',
  ),
  validate: isNotGoogleSample,
  severity: 'warn',
  validation: 'Google API key format (google-api-key) in a Firebase config: FIREBASE_API_KEY, firebaseConfig, google-services.json, GoogleService-Info.plist',
  remediation: {
    revokeUrl: 'https://console.cloud.google.com/apis/credentials',
    usageUrl: 'https://console.cloud.google.com/apis/dashboard',
    envVar: 'FIREBASE_API_KEY',
  },
  samples() {
    const r = seededRandom('firebase-web-api-key');
    const key = (): string => 'AIza' + googleKeyBody(r);
    return {
      positives: [
        `const firebaseConfig = {\n  apiKey: "${key()}",\n  authDomain: "demo-app.firebaseapp.com",\n  projectId: "demo-app"\n};`,
        `export const environment = {\n  firebase: {\n    apiKey: '${key()}',\n    authDomain: 'demo.firebaseapp.com',\n  },\n};`,
        `VITE_FIREBASE_API_KEY=${key()}`,
        `NEXT_PUBLIC_FIREBASE_API_KEY="${key()}"`,
        `firebase.apiKey = '${key()}';`,
        `"api_key": [\n        {\n          "current_key": "${key()}"\n        }\n      ],`,
        `<key>API_KEY</key>\n\t<string>${key()}</string>`,
      ],
      negatives: [
        'VITE_FIREBASE_API_KEY=${FIREBASE_API_KEY}',
        'const firebaseConfig = {\n  apiKey: process.env.FIREBASE_API_KEY,\n  authDomain: "demo.firebaseapp.com",\n};',
        `const firebaseConfig = {\n  apiKey: "AIza${'x'.repeat(35)}",\n  authDomain: "demo.firebaseapp.com",\n};`,
        `VITE_FIREBASE_API_KEY=${key().slice(0, -1)}`,
      ],
    };
  },
};
