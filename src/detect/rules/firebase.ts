/**
 * Firebase Cloud Messaging legacy server keys (secret-formats.md §35; sonar-secrets rule text):
 * `AAAA` + 7 base64url (the 8-byte sender id, whose high zero bytes encode as `AAAA`) + `:APA91b` +
 * 134 base64url, 152 characters in all (measured on public leaked keys). Device registration tokens
 * share the `:APA91b` part but open with a random 11- or 22-character instance id, not `AAAA`.
 * Web `AIza…` keys are public by design (Google API key rules); Admin SDK keys are GCP service
 * accounts (gcp.ts). Google shut the legacy FCM API down in 2024, but a committed key still is one.
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'FCM_SERVER_KEY';

export const firebaseRules: readonly Rule[] = [
  {
    id: 'firebase-cloud-messaging-server-key',
    provider: 'Firebase',
    description: 'Firebase Cloud Messaging legacy server key',
    keywords: [':apa91b'],
    ...tokenFields({
      prefixes: ['AAAA'],
      body: `${CLASS.base64url}{7}:APA91b${CLASS.base64url}{134}`,
      boundary: CLASS.base64url,
    }),
    severity: 'block',
    validation: 'AAAA + 7 base64url + :APA91b + 134 base64url (152 characters)',
    remediation: {
      revokeUrl: 'https://console.firebase.google.com/project/_/settings/cloudmessaging',
      usageUrl: 'https://console.cloud.google.com/apis/credentials',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('firebase-cloud-messaging-server-key');
      const key = (length = 134, id = `AAAA${r.chars(7, ALPHABET.base64url)}`): string =>
        `${id}:APA91b${r.chars(length, ALPHABET.base64url)}`;
      return {
        positives: [
          ...inContexts(key(), ENV_VAR),
          `headers: { Authorization: "key=${key()}" }`,
          `map.put("Authorization", "key=${key()}");`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `device_token = "${key(134, r.chars(22, ALPHABET.base64url))}"`,
          `registration_id: ${key(140, 'cDTgY_7rPqY')}`,
          `${ENV_VAR}=${key(133)}`,
          `${ENV_VAR}=${key(135)}`,
          `${ENV_VAR}=AAAA${'x'.repeat(7)}:APA91b${'x'.repeat(134)}`,
        ],
      };
    },
  },
];
