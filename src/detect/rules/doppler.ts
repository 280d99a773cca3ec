/**
 * Doppler tokens (secret-formats.md §37; gitleaks doppler.go, noseyparker doppler.yml,
 * https://docs.doppler.com/reference/auth-token-formats): `dp.<type>.` + 40–44 base62, where type is
 * `pt` personal, `ct` CLI, `st` service (optionally `dp.st.<config>.`), `sa` service account,
 * `scim` or `audit`. Personal tokens are 43 characters after the type. No checksum is published.
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { classCount } from './randomness.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'DOPPLER_TOKEN';
const TYPES = ['pt', 'ct', 'st', 'sa', 'scim', 'audit'];

export const dopplerRules: readonly Rule[] = [
  {
    id: 'doppler-token',
    provider: 'Doppler',
    description: 'Doppler personal, CLI, service, service-account, SCIM or audit token',
    keywords: TYPES.map((type) => `dp.${type}.`),
    ...tokenFields({
      prefixes: ['dp.'],
      body: `(?:pt|ct|sa|scim|audit|st(?:\\.[a-z0-9_-]{2,35})?)\\.${CLASS.base62}{40,44}`,
      boundary: CLASS.word,
    }),
    // Random base62 of 40+ characters mixes at least two of lower case, upper case and digits.
    validate: (secret) => classCount(secret.slice(secret.lastIndexOf('.') + 1)) >= 2,
    severity: 'block',
    validation: 'dp.<pt|ct|st|sa|scim|audit>. + 40–44 base62 (service tokens may carry a config slug)',
    remediation: {
      revokeUrl: 'https://dashboard.doppler.com/workplace/tokens',
      usageUrl: 'https://docs.doppler.com/docs/workplace-logs',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('doppler-token');
      const token = (type = 'pt', length = 43): string => `dp.${type}.${r.chars(length, ALPHABET.base62)}`;
      return {
        positives: [
          ...inContexts(token(), ENV_VAR),
          `DOPPLER_TOKEN=${token('st.dev_backend', 40)}`,
          `doppler configure set token ${token('ct', 44)}`,
          `token: ${token('sa')}`,
          `scim_token = "${token('scim', 40)}"`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=dp.pt.${'x'.repeat(43)}`,
          `${ENV_VAR}=dp.st.dev.${'x'.repeat(40)}`,
          `${ENV_VAR}=${token('pt', 39)}`,
          `${ENV_VAR}=${token('pt', 45)}`,
          `${ENV_VAR}=${token('zz')}`,
          `${ENV_VAR}=dp.pt.${'abcdefghkmnpqrstuvwxyz'.repeat(2)}`,
        ],
      };
    },
  },
];
