/**
 * GitHub tokens (secret-formats.md §0.1, §8). Since 2021 they carry a prefix and a checksum
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/): the last 6
 * characters are the CRC-32 of the random body, base62, zero-padded. Checking it offline rejects
 * docs examples (`ghp_16C7e42F…` fails it) and truncated copies.
 */
import type { Rule } from '../types.js';
import { githubAppInstallationToken } from './github-app.js';
import { githubFineGrainedPat } from './github-fine-grained.js';
import { classicChecksum } from './githubChecksums.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom, shift } from './sampleKit.js';

const ENV_VAR = 'GITHUB_TOKEN';

interface Classic {
  readonly id: string;
  readonly prefix: string;
  readonly description: string;
  /** Random characters before the 6-character checksum: 30, or 70 for refresh tokens. */
  readonly bodyLength: number;
}

function classicToken(kind: Classic): Rule {
  const length = kind.bodyLength + 6;
  return {
    id: kind.id,
    provider: 'GitHub',
    description: kind.description,
    keywords: [kind.prefix],
    ...tokenFields({ prefixes: [kind.prefix], body: `${CLASS.base62}{${length}}`, boundary: CLASS.word }),
    validate: (secret) => secret.slice(-6) === classicChecksum(secret.slice(kind.prefix.length, -6)),
    severity: 'block',
    validation: `${kind.prefix} + ${kind.bodyLength} random base62 + 6-character CRC-32/base62 checksum`,
    remediation: {
      revokeUrl: 'https://github.com/settings/tokens',
      usageUrl: 'https://github.com/settings/security-log',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom(kind.id);
      const token = (body = r.chars(kind.bodyLength, ALPHABET.base62)): string => kind.prefix + body + classicChecksum(body);
      const good = token();
      return {
        positives: [...inContexts(good, ENV_VAR), `git clone https://x-access-token:${token()}@github.com/o/r.git`],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${kind.prefix}${'x'.repeat(length)}`,
          `${ENV_VAR}=${good.slice(0, -6)}${shift(good.slice(-6), ALPHABET.base62)}`,
          `${ENV_VAR}=${good.slice(0, -1)}`,
          `${ENV_VAR}=${good}Q`,
          `sha=Z${good}`,
        ],
      };
    },
  };
}

export const githubRules: readonly Rule[] = [
  classicToken({ id: 'github-personal-access-token', prefix: 'ghp_', description: 'GitHub personal access token (classic)', bodyLength: 30 }),
  classicToken({ id: 'github-oauth-token', prefix: 'gho_', description: 'GitHub OAuth app user token', bodyLength: 30 }),
  classicToken({ id: 'github-user-to-server-token', prefix: 'ghu_', description: 'GitHub App user-to-server token', bodyLength: 30 }),
  classicToken({ id: 'github-refresh-token', prefix: 'ghr_', description: 'GitHub App refresh token', bodyLength: 70 }),
  githubFineGrainedPat,
  githubAppInstallationToken,
];
