/**
 * Runway API keys (https://docs.dev.runwayml.com/guides/setup/: `RUNWAYML_API_SECRET`, keys from
 * dev.runwayml.com): `key_` + 128 lower-case hex (132 characters). Checked on 1 public example (128
 * hex) and 16 placeholders (`key_...`, `key_xxxxx`, the docs' `key_1234567890…`). `key_` is ordinary
 * text, so the key counts only with Runway named within 200 characters. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, namedNearby } from './aiPlatformKit.js';
import { prefixedRule } from './prefixedRule.js';

export const runwayRules: readonly Rule[] = [
  prefixedRule({
    id: 'runway-api-key',
    provider: 'Runway',
    description: 'Runway API key',
    prefixes: ['key_'],
    body: '[0-9a-f]{128}',
    ...namedNearby(['runway'], 132),
    validation: 'key_ + 128 lower-case hex with Runway named within 200 characters',
    remediation: {
      revokeUrl: 'https://dev.runwayml.com/',
      envVar: 'RUNWAYML_API_SECRET',
    },
    sampleBody: (r) => r.chars(128, HEX_LOWER),
    positives: (key) => [`client = RunwayML(api_key="${key}")`],
    negatives: (key) => [`digest: "${key}"`, 'RUNWAYML_API_SECRET="key_123456789012345678901234567890"'],
  }),
];
