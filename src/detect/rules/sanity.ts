/**
 * Sanity API tokens (https://www.sanity.io/docs/http-auth; trufflehog sanity: `sk` + 79 base62).
 * Tokens issued today are `sk` + 178 base62 (180 in all): 2 real ones in public code
 * (`SANITY_API_TOKEN=sk…` in setup notes) have that length; 6 placeholders (`sk...`, `sk_xxx…`,
 * `skAbc123…`) do not match. `sk` starts many other keys (Stripe, OpenAI), so the rule needs
 * "sanity" within 300 characters. No checksum.
 */
import type { Rule } from '../types.js';
import { labelledContexts } from './labelledSamples.js';
import { near } from './labels.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const ENV_VAR = 'SANITY_API_TOKEN';

export const sanityRules: readonly Rule[] = [
  {
    id: 'sanity-api-token',
    provider: 'Sanity',
    description: 'Sanity API token',
    keywords: ['sanity'],
    ...tokenFields({
      prefixes: ['sk'],
      body: '(?:[A-Za-z0-9]{178}|[A-Za-z0-9]{79})',
      boundary: CLASS.base64url,
      end: `(?!${CLASS.base64url})${near('sanity', 300, 180)}`,
    }),
    severity: 'block',
    validation: 'sk + 178 base62 (79 for older tokens), "sanity" within 300 characters',
    remediation: { revokeUrl: 'https://www.sanity.io/manage', usageUrl: 'https://www.sanity.io/docs/activity-feed', envVar: ENV_VAR },
    samples() {
      const r = seededRandom('sanity-api-token');
      const token = (length = 178): string => `sk${r.chars(length, ALPHABET.base62)}`;
      return {
        positives: [
          // The `${X:-…}` shell-default context is not read by this rule yet (left open in issue 12's note).
          ...labelledContexts(token(), ENV_VAR).filter((text) => !text.includes(':-')),
          `export const client = createClient({ projectId: "abc123xy", dataset: "production", token: "${token()}" }) // @sanity/client`,
          `SANITY_AUTH_TOKEN=${token(79)}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=sk...your_token...`,
          `${ENV_VAR}=sk_${'x'.repeat(16)}`,
          // Wrong lengths under a neutral name: under SANITY_API_TOKEN the generic rule reports them.
          `sanity_dataset=${token(177)}`,
          `sanity_dataset=${token(100)}`,
        ],
      };
    },
  },
];
