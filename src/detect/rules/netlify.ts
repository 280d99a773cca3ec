/**
 * Netlify personal access tokens (secret-formats.md §33; trufflehog netlify/v2, kingfisher
 * netlify.yml): `nfp_` + base62. Sources disagree on the length (trufflehog 36, kingfisher 40–48
 * characters after the prefix) [U], so 36–48 is accepted. Legacy unprefixed tokens (43–45 base64url
 * or 64 hex) are indistinguishable from other values and are left to label-bound rules.
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'NETLIFY_AUTH_TOKEN';

/** 36+ random base62 characters hold both cases except with probability ~1e-8; identifiers rarely do. */
const MIXED_CASE = /[a-z][^]*[A-Z]|[A-Z][^]*[a-z]/;

export const netlifyRules: readonly Rule[] = [
  {
    id: 'netlify-access-token',
    provider: 'Netlify',
    description: 'Netlify personal access token',
    keywords: ['nfp_'],
    ...tokenFields({ prefixes: ['nfp_'], body: `${CLASS.base62}{36,48}`, boundary: CLASS.word }),
    validate: (secret) => MIXED_CASE.test(secret.slice(4)) && /[0-9]/.test(secret),
    severity: 'block',
    validation: 'nfp_ + 36–48 base62 with upper case, lower case and digits',
    remediation: {
      revokeUrl: 'https://app.netlify.com/user/applications#personal-access-tokens',
      usageUrl: 'https://docs.netlify.com/manage/accounts-and-billing/team-management/team-audit-log/',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('netlify-access-token');
      const token = (length = 40): string => `nfp_${r.chars(length - 4, ALPHABET.base62)}${r.chars(4, '0123456789')}`;
      return {
        positives: [...inContexts(token(), ENV_VAR), `netlify deploy --auth ${token(36)}`, `token: ${token(48)}`],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=nfp_${'x'.repeat(40)}`,
          `${ENV_VAR}=nfp_...`,
          `${ENV_VAR}=${token(35)}`,
          `${ENV_VAR}=${token(49)}`,
          'void nfp_interface_get_register_info_for_the_device(void);',
          'msnfp_participationschedule msnfp_donorcommitmentsAndPledgeSchedules2024',
        ],
      };
    },
  },
];
