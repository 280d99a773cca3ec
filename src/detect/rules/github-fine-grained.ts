/**
 * GitHub fine-grained personal access tokens (secret-formats.md §0.2): `github_pat_` + 22 + `_` + 59
 * = 93 characters; characters 77..84 are a truncated SHA-256/base32 checksum of the first 77.
 */
import type { Rule } from '../types.js';
import { fineGrainedChecksum } from './githubChecksums.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom, shift } from './sampleKit.js';

const PREFIX = 'github_pat_';
const ENV_VAR = 'GITHUB_TOKEN';

export const githubFineGrainedPat: Rule = {
  id: 'github-fine-grained-pat',
  provider: 'GitHub',
  description: 'GitHub fine-grained personal access token',
  keywords: [PREFIX],
  ...tokenFields({
    prefixes: [PREFIX],
    body: `${CLASS.base62}{22}_${CLASS.base62}{59}`,
    boundary: CLASS.word,
  }),
  validate: (secret) => secret.slice(77, 85) === fineGrainedChecksum(secret.slice(0, 77)),
  severity: 'block',
  validation: 'characters 77..84 = base32(SHA-256(first 77 characters)), first 8',
  remediation: {
    revokeUrl: 'https://github.com/settings/personal-access-tokens',
    usageUrl: 'https://github.com/settings/security-log',
    envVar: ENV_VAR,
  },
  samples() {
    const r = seededRandom('github-fine-grained-pat');
    const { base62, base32 } = ALPHABET;
    // First segment as observed on real tokens: `11` + 7 base32 (starting `A`) + `0` + 12 base62.
    const head = `${PREFIX}11A${r.chars(6, base32)}0${r.chars(12, base62)}_${r.chars(43, base62)}`;
    const token = head + fineGrainedChecksum(head) + r.chars(8, base62);
    const badChecksum = head + shift(token.slice(77, 85), base62) + token.slice(85);
    return {
      positives: inContexts(token, ENV_VAR),
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=${PREFIX}...`,
        `${ENV_VAR}=${badChecksum}`,
        `${ENV_VAR}=${token.slice(0, -1)}`,
        `${ENV_VAR}=${token}Q`,
        `${ENV_VAR}=${PREFIX}${'x'.repeat(22)}_${'x'.repeat(59)}`,
        `id=Z${token}`,
      ],
    };
  },
};
