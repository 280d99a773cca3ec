/**
 * Helicone API keys (https://docs.helicone.ai/getting-started/quick-start; Helicone's own key
 * generator, `generateApiKey({ method: "base32", dashes: true })` in Helicone/helicone): `sk-helicone-`
 * (optionally `proxy-` or `eu-`) + four groups of 7 lower-case base32 characters joined by `-`.
 * Checked on 2 public examples (both the test key of Helicone's own repository, listed below as a
 * public sample) and 6 placeholders (`sk-helicone-...`). `pk-helicone-` keys have the same body and
 * read the logged requests (prompts and completions): not public, so reported too. No checksum.
 */
import type { Rule } from '../types.js';
import { notKnownSample } from './docsKeys.js';
import { prefixedRule } from './prefixedRule.js';

const GROUP = '[a-z2-7]{7}';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** The TEST_ORG_API_KEY of Helicone's own test suite, committed publicly. */
const isNotTestKey = notKnownSample(new Set(['37ab2f62ab867805']));

export const heliconeRules: readonly Rule[] = [
  prefixedRule({
    id: 'helicone-api-key',
    provider: 'Helicone',
    description: 'Helicone API key (write or read)',
    prefixes: ['sk-helicone-', 'pk-helicone-'],
    body: `(?:proxy-|eu-)?${GROUP}-${GROUP}-${GROUP}-${GROUP}`,
    validate: isNotTestKey,
    validation: 'sk-helicone- or pk-helicone- (+ proxy- or eu-) + 4 groups of 7 lower-case base32 characters joined by -',
    remediation: {
      revokeUrl: 'https://us.helicone.ai/settings/api-keys',
      usageUrl: 'https://us.helicone.ai/requests',
      envVar: 'HELICONE_API_KEY',
    },
    sampleBody: (r) => [1, 2, 3, 4].map(() => r.chars(7, BASE32_LOWER)).join('-'),
    positives: (key) => [`"Helicone-Auth": "Bearer ${key}"`, `HELICONE_READ_KEY=${key.replace('sk-', 'pk-')}`, `HELICONE_API_KEY=${key.replace('sk-helicone-', 'sk-helicone-eu-')}`],
    negatives: (key) => [`HELICONE_API_KEY=${key.replace(/-[a-z2-7]{7}$/, '')}`],
  }),
];
