/**
 * Algolia admin API keys (https://www.algolia.com/doc/guides/security/api-keys/; gitleaks
 * algolia.go, trufflehog algoliaadminkey): 32 lower-case hex with no prefix. The search-only key
 * has the same shape and is public by design (it ships in every InstantSearch page), so only a
 * value right after an admin/write label counts (`ALGOLIA_ADMIN_KEY=`, `algoliaAdminApiKey:`,
 * `ALGOLIA_WRITE_API_KEY=`). Checked on 1 real admin key in public code; 6 placeholders
 * (`your-algolia-admin-key`, `YOUR_ALGOLIA_ADMIN_KEY`, `xxx`) do not match. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX, labelledContexts } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';

const ENV_VAR = 'ALGOLIA_ADMIN_KEY';

export const algoliaRules: readonly Rule[] = [
  labelledRule({
    id: 'algolia-admin-key',
    provider: 'Algolia',
    description: 'Algolia admin (write) API key',
    keywords: ['algolia'],
    lead: `${labelSource([['algolia'], ['admin', 'write'], ['', 'api'], ['key']])}${ASSIGN}`,
    body: '[0-9a-f]{32}',
    validation: '32 lower-case hex right after an Algolia admin/write key label (the search-only key is public)',
    remediation: {
      revokeUrl: 'https://dashboard.algolia.com/account/api-keys/all',
      usageUrl: 'https://dashboard.algolia.com/monitoring',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(32, HEX),
    contexts: (key) => [...labelledContexts(key, ENV_VAR), `ALGOLIA_ADMIN_API_KEY=${key}`, `algolia:\n  appId: XYA8SCV3KC\n  algoliaWriteApiKey: "${key}"`],
    negatives: (key) => [`ALGOLIA_SEARCH_KEY=${key}`, `NEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_API_KEY=${key}`, `ALGOLIA_INDEX=${key}`],
  }),
];
