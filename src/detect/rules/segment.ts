/**
 * Segment Public API tokens (https://docs.segmentapis.com/tag/Getting-Started#section/Get-an-API-token;
 * kingfisher segment.yml): `sgp_` + 64 alphanumerics; despite the name, a token manages the whole
 * workspace. Write keys (32 alphanumerics) ship in analytics.js snippets by design and are left out.
 * `sgp_` also starts ordinary names (`sgp_user`, `sgp_subzone`: 10 of 10 public hits, no real
 * token), so the body's length and randomness decide.
 */
import type { Rule } from '../types.js';
import { looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const segmentRules: readonly Rule[] = [
  prefixedRule({
    id: 'segment-public-api-token',
    provider: 'Segment',
    description: 'Segment Public API token',
    prefixes: ['sgp_'],
    body: `${CLASS.base62}{64}`,
    boundary: CLASS.word,
    validate: (token) => looksRandom(token.slice(4)),
    validation: 'sgp_ + 64 random-looking alphanumerics',
    remediation: {
      revokeUrl: 'https://app.segment.com/goto-my-workspace/settings/access-management/tokens',
      usageUrl: 'https://segment.com/docs/segment-app/iam/audit-trail/',
      envVar: 'SEGMENT_PUBLIC_API_TOKEN',
    },
    sampleBody: (r) => r.chars(64, ALPHABET.base62),
    negatives: () => ["connectionString: 'postgresql://sgp_user:sgp_password@localhost:5432/sgp_cache'", 'SEGMENT_PUBLIC_API_TOKEN: "sgp_supersecretvalue1234567890"'],
  }),
];
