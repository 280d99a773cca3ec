/**
 * PostHog personal API keys (https://posthog.com/docs/api#personal-api-keys; kingfisher
 * posthog.yml, trufflehog posthog): `phx_` + 43–48 alphanumerics (PostHog encodes random bytes in
 * base62). `phx_` alone also starts Phoenix framework names (`phx_click`, `phx_join`: 9 of 10 public
 * hits), so the body must be long and random-looking. Project keys (`phc_…`, same shape) are public
 * by design (they ship in every page using posthog-js): this rule matches and rejects them, so the
 * generic `POSTHOG_API_KEY=…` assignment rule yields to that verdict. Checked on 10 public hits:
 * placeholders and Phoenix names only; no real key found to compare.
 */
import type { Rule } from '../types.js';
import { looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const posthogRules: readonly Rule[] = [
  prefixedRule({
    id: 'posthog-personal-api-key',
    provider: 'PostHog',
    description: 'PostHog personal API key',
    prefixes: ['phx_', 'phc_'],
    keywords: ['phx_', 'phc_'],
    body: `${CLASS.base62}{43,48}`,
    boundary: CLASS.word,
    validate: (key) => key.startsWith('phx_') && looksRandom(key.slice(4)),
    validation: 'phx_ + 43–48 random-looking alphanumerics',
    remediation: {
      revokeUrl: 'https://us.posthog.com/settings/user-api-keys',
      usageUrl: 'https://posthog.com/docs/settings/activity-logs',
      envVar: 'POSTHOG_PERSONAL_API_KEY',
    },
    sampleBody: (r) => r.chars(43, ALPHABET.base62),
    fixedLength: false,
    negatives: (_key, r) => [
      `POSTHOG_API_KEY=phc_${r.chars(43, ALPHABET.base62)}`,
      '<button phx_click="set_persistence_type" phx_value_type="file">',
      `posthog.init('phc_${r.chars(43, ALPHABET.base62)}', { api_host: 'https://us.i.posthog.com' })`,
    ],
  }),
];
