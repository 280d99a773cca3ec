/**
 * DigitalOcean tokens (secret-formats.md §30; gitleaks digitalocean.go, noseyparker digitalocean.yml):
 * `dop_v1_` (personal access token), `doo_v1_` (OAuth access), `dor_v1_` (OAuth refresh), each followed
 * by 64 lower-case hex characters. No checksum is published.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { tokenFields } from './pattern.js';
import { indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'DIGITALOCEAN_TOKEN';

interface Kind {
  readonly id: string;
  readonly prefix: string;
  readonly description: string;
}

function digitalOceanToken(kind: Kind): Rule {
  return {
    id: kind.id,
    provider: 'DigitalOcean',
    description: kind.description,
    keywords: [kind.prefix],
    ...tokenFields({ prefixes: [kind.prefix], body: '[0-9a-f]{64}', boundary: '[A-Za-z0-9_]' }),
    severity: 'block',
    validation: `${kind.prefix} + 64 lower-case hex characters`,
    remediation: {
      revokeUrl: 'https://cloud.digitalocean.com/account/api/tokens',
      usageUrl: 'https://cloud.digitalocean.com/account/security',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom(kind.id);
      const token = (length = 64): string => kind.prefix + r.chars(length, HEX);
      return {
        positives: [...inContexts(token(), ENV_VAR), `doctl auth init --access-token ${token()}`],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${kind.prefix}${'x'.repeat(64)}`,
          `${ENV_VAR}=${kind.prefix}${'0'.repeat(64)}`,
          `${ENV_VAR}=${token(63)}`,
          `${ENV_VAR}=${token(65)}`,
          `${ENV_VAR}=${token().toUpperCase().replace(kind.prefix.toUpperCase(), kind.prefix)}`,
          `id=x${token()}`,
        ],
      };
    },
  };
}

export const digitaloceanRules: readonly Rule[] = [
  digitalOceanToken({ id: 'digitalocean-personal-access-token', prefix: 'dop_v1_', description: 'DigitalOcean personal access token' }),
  digitalOceanToken({ id: 'digitalocean-oauth-token', prefix: 'doo_v1_', description: 'DigitalOcean OAuth access token' }),
  digitalOceanToken({ id: 'digitalocean-refresh-token', prefix: 'dor_v1_', description: 'DigitalOcean OAuth refresh token' }),
];
