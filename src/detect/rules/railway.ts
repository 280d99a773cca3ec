/**
 * Railway tokens (https://docs.railway.com/guides/public-api#creating-a-token; trufflehog
 * railwayapp): account, team and project tokens are bare UUIDs. Project and service ids are UUIDs
 * too, so only a UUID right after a Railway token label counts (`RAILWAY_TOKEN=`,
 * `RAILWAY_API_TOKEN=`). No checksum. Checked on 2 real tokens in public code (lower-case v4 UUIDs),
 * 7 placeholders.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule, UUID, uuidLooksRandom } from './infraLabels.js';
import { HEX, uuidFrom } from './labelledSamples.js';

export const railwayRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'railway-api-token',
    provider: 'Railway',
    description: 'Railway account, team or project token',
    words: [['railway'], ['', 'api', 'project', 'team'], ['token']],
    keywords: ['railway'],
    body: UUID,
    validate: uuidLooksRandom,
    validation: 'UUID right after a Railway token label (RAILWAY_TOKEN=…)',
    remediation: { revokeUrl: 'https://railway.com/account/tokens', usageUrl: 'https://docs.railway.com/reference/audit-logs', envVar: 'RAILWAY_TOKEN' },
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX)),
    contexts: (token) => [`set RAILWAY_TOKEN=${token}`, `RAILWAY_API_TOKEN: "${token}"`],
    negatives: (token) => [`RAILWAY_PROJECT_ID=${token}`, `railway link --project ${token}`],
  }),
];
