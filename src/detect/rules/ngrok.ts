/**
 * ngrok authtokens (https://ngrok.com/docs/agent/#authtokens; trufflehog ngrok, kingfisher ngrok.yml):
 * `2` + 26 alphanumerics + `_` + 20–21 alphanumerics, no prefix literal. Reported with "ngrok" within
 * 300 characters (`NGROK_AUTHTOKEN=`, `ngrok config add-authtoken …`). Trufflehog requires a digit
 * after the `_`; one of the real tokens has a letter there, so any alphanumeric is accepted. A
 * leading `1` (older accounts) is accepted too. No checksum. Checked on 8 real tokens in public code
 * (Dockerfiles, `.env` docs: 27 + `_` + 20 or 21 characters), 2 placeholders (`2KPyZ...`, `2a...`).
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS, startBoundary } from './pattern.js';
import { ALPHABET, indirections, seededRandom, type SampleRandom } from './sampleKit.js';

const ENV_VAR = 'NGROK_AUTHTOKEN';
const LONGEST = 49;
const token = (r: SampleRandom, tail = 21): string => `2${r.chars(26, ALPHABET.base62)}_${r.chars(tail, ALPHABET.base62)}`;

export const ngrokRules: readonly Rule[] = [
  {
    id: 'ngrok-authtoken',
    provider: 'ngrok',
    description: 'ngrok agent authtoken',
    keywords: ['ngrok'],
    // The start test sits after the first character, so the regex engine scans for the digit first.
    pattern: new RegExp(
      `[12]${startBoundary(CLASS.base64url, 1)}${CLASS.base62}{26}_${CLASS.base62}{20,21}(?!${CLASS.base64url})${near('ngrok', 300, LONGEST)}`,
      'g',
    ),
    severity: 'block',
    validation: '1 or 2 + 26 alphanumerics + _ + 20–21 alphanumerics with "ngrok" within 300 characters',
    remediation: {
      revokeUrl: 'https://dashboard.ngrok.com/get-started/your-authtoken',
      usageUrl: 'https://dashboard.ngrok.com/observability/event-subscriptions',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('ngrok-authtoken');
      const good = token(r);
      return {
        positives: [
          `${ENV_VAR}=${good}`,
          `ENV ${ENV_VAR}=${token(r, 20)}`,
          `ngrok config add-authtoken ${token(r)}`,
          `docker run --rm -e ${ENV_VAR}=${token(r)} ngrok/ngrok:latest http 80`,
          `listener = await ngrok.forward({ addr: 8080, authtoken: "${token(r)}" })`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=2KPyZ...`,
          `${ENV_VAR}=2xY_seu_token_aqui`,
          // Under NGROK_AUTHTOKEN these would be the generic rule's (a random value, wrong shape).
          `tunnel_id=${good}Q`,
          `tunnel_id=${good.slice(0, -2)}`,
          `tunnel_id=Q${good}`,
          `session_id = "${good}"`,
        ],
      };
    },
  },
];
