/**
 * npm access tokens (secret-formats.md §0.1, §15; https://github.blog/2021-09-23-announcing-npms-new-
 * access-token-format/): `npm_` + 30 random base62 + the 6-character CRC-32/base62 checksum of those
 * 30, exactly GitHub's classic layout, so githubChecksums.ts computes it. Legacy UUID tokens carry
 * no marker and are not matched.
 */
import type { Rule } from '../types.js';
import { classicChecksum } from './githubChecksums.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom, shift } from './sampleKit.js';

const PREFIX = 'npm_';
const ENV_VAR = 'NPM_TOKEN';

export const npmRules: readonly Rule[] = [
  {
    id: 'npm-access-token',
    provider: 'npm',
    description: 'npm access token (granular, automation or publish)',
    keywords: [PREFIX],
    ...tokenFields({ prefixes: [PREFIX], body: `${CLASS.base62}{36}`, boundary: CLASS.word }),
    validate: (secret) => secret.slice(-6) === classicChecksum(secret.slice(PREFIX.length, -6)),
    severity: 'block',
    validation: 'npm_ + 30 random base62 + 6-character CRC-32/base62 checksum',
    remediation: {
      revokeUrl: 'https://www.npmjs.com/settings/~/tokens',
      usageUrl: 'https://docs.npmjs.com/revoking-access-tokens',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('npm-access-token');
      const token = (body = r.chars(30, ALPHABET.base62)): string => PREFIX + body + classicChecksum(body);
      const good = token();
      return {
        positives: [
          ...inContexts(good, ENV_VAR),
          `//registry.npmjs.org/:_authToken=${token()}`,
          `- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${token()}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
          `${ENV_VAR}=${PREFIX}${'x'.repeat(36)}`,
          `${ENV_VAR}=${good.slice(0, -6)}${shift(good.slice(-6), ALPHABET.base62)}`,
          `${ENV_VAR}=${good.slice(0, -1)}`,
          `${ENV_VAR}=${good}Q`,
          `id=Z${good}`,
          'const npm_config_registry_url_for_the_private_scoped_packages = 1;',
        ],
      };
    },
  },
];
