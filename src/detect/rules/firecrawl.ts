/**
 * Firecrawl API keys (https://docs.firecrawl.dev/introduction: `Authorization: Bearer fc-…`): `fc-`
 * + 32 lower-case hex (35 characters). Checked on 2 public examples (both 32 hex) and 10 placeholders
 * (`fc-...`, `fc-YOUR_API_KEY`, `fc-xxx`). `fc-` opens CSS classes (FullCalendar's `fc-daygrid`),
 * so the key counts only with Firecrawl named within 200 characters. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, namedNearby } from './aiPlatformKit.js';
import { prefixedRule } from './prefixedRule.js';

export const firecrawlRules: readonly Rule[] = [
  prefixedRule({
    id: 'firecrawl-api-key',
    provider: 'Firecrawl',
    description: 'Firecrawl API key',
    prefixes: ['fc-'],
    body: '[0-9a-f]{32}',
    ...namedNearby(['firecrawl'], 35),
    validation: 'fc- + 32 lower-case hex with Firecrawl named within 200 characters',
    remediation: {
      revokeUrl: 'https://www.firecrawl.dev/app/api-keys',
      envVar: 'FIRECRAWL_API_KEY',
    },
    sampleBody: (r) => r.chars(32, HEX_LOWER),
    positives: (key) => [`app = FirecrawlApp(api_key="${key}")`],
    negatives: (key) => [`<div class="fc-daygrid-day fc-day-${key.slice(3)}">`, `etag: "${key}"`],
  }),
];
