/**
 * Voyage AI API keys (https://docs.voyageai.com/docs/api-key-and-installation: `VOYAGE_API_KEY`):
 * `pa-` + 43 base64url characters (46 in all). Checked on 1 public example (43 after `pa-`) and 20
 * placeholders (`pa-...`, `pa-your-key-here`, `pa-fake`, `pa-test`). `pa-` is everywhere in CSS
 * (Vuetify's `pa-4` padding classes), so the key counts only with Voyage named within 200 characters.
 */
import type { Rule } from '../types.js';
import { namedNearby } from './aiPlatformKit.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const voyageRules: readonly Rule[] = [
  prefixedRule({
    id: 'voyage-api-key',
    provider: 'Voyage AI',
    description: 'Voyage AI API key',
    prefixes: ['pa-'],
    body: `${CLASS.base64url}{43}`,
    ...namedNearby(['voyage'], 46),
    validation: 'pa- + 43 base64url characters with Voyage named within 200 characters',
    remediation: {
      revokeUrl: 'https://dashboard.voyageai.com/api-keys',
      usageUrl: 'https://dashboard.voyageai.com/usage',
      envVar: 'VOYAGE_API_KEY',
    },
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
    positives: (key) => [`embeddings = VoyageAIEmbeddings(voyage_api_key="${key}", model="voyage-law-2")`, `vo = voyageai.Client(api_key="${key}")`],
    negatives: (key) => [`<v-card class="pa-6 text-center" outlined>`, `const paddingClass = "${key}";`],
  }),
];
