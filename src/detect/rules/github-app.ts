/**
 * GitHub App installation tokens, `ghs_` (secret-formats.md §8). Two forms: classic 40 characters
 * (its CRC is not confirmed: two public samples fail it, so it is not checked), and the stateless
 * `ghs_<app id>_<JWT>` of about 520 characters rolled out from 2026-04-27, also used by Actions'
 * GITHUB_TOKEN (github.blog changelog 2026-05-15).
 */
import type { Rule } from '../types.js';
import { isAppInstallationToken } from './githubChecksums.js';
import { tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const PREFIX = 'ghs_';
const ENV_VAR = 'GITHUB_TOKEN';

export const githubAppInstallationToken: Rule = {
  id: 'github-app-installation-token',
  provider: 'GitHub',
  description: 'GitHub App installation token (ghs_, also Actions GITHUB_TOKEN)',
  keywords: [PREFIX],
  // GitHub's advice: `ghs_` + 36 or more of [A-Za-z0-9._]. The token may not end in `.`, so the
  // full stop of a sentence is not taken as part of it.
  ...tokenFields({
    prefixes: [PREFIX],
    body: '[A-Za-z0-9._]{35,1023}[A-Za-z0-9_]',
    boundary: '[A-Za-z0-9_.]',
    end: String.raw`(?![A-Za-z0-9_]|\.[A-Za-z0-9_])`,
  }),
  validate: isAppInstallationToken,
  severity: 'block',
  validation: 'classic: 36 base62 characters (checksum unconfirmed, not checked); stateless: <app id>_<JWT>',
  remediation: {
    revokeUrl: 'https://github.com/settings/apps/authorizations',
    usageUrl: 'https://github.com/settings/security-log',
    envVar: ENV_VAR,
  },
  samples() {
    const r = seededRandom('github-app-installation-token');
    const b62 = ALPHABET.base62;
    const classic = PREFIX + r.chars(36, b62);
    const stateless = `${PREFIX}317429_eyJ${r.chars(33, b62)}.eyJ${r.chars(400, b62)}.${r.chars(43, b62)}`;
    return {
      positives: [...inContexts(classic, ENV_VAR), `token: ${stateless}`, `Use ${classic}. Then push.`],
      negatives: [
        ...indirections(ENV_VAR),
        `const ${PREFIX}installation_token_refresh_interval_seconds = 60;`,
        `${ENV_VAR}=${classic.slice(0, -1)}`,
        `${ENV_VAR}=${classic}Q`,
        `${ENV_VAR}=${PREFIX}${'x'.repeat(36)}`,
        `${ENV_VAR}=${stateless.replace('.', '')}`,
        `path=a.${classic}`,
      ],
    };
  },
};
