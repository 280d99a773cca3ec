/**
 * Jina AI API keys (https://jina.ai/api-dashboard, `Authorization: Bearer jina_…`): `jina_` + 32
 * lower-case hex + 27–28 base64url characters. Checked on 4 public examples (three with 28 after
 * the hex, one with 27) and 6 placeholders (`jina_...`, `jina_xxxx`, `jina_your_token_here`).
 * `jina_` also opens Python identifiers of the `jina` framework (`jina_pb2`): the 32-hex run rules
 * them out. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER } from './aiPlatformKit.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'JINA_API_KEY';

export const jinaRules: readonly Rule[] = [
  prefixedRule({
    id: 'jina-api-key',
    provider: 'Jina AI',
    description: 'Jina AI API key',
    prefixes: ['jina_'],
    body: `[0-9a-f]{32}${CLASS.base64url}{27,28}`,
    validation: 'jina_ + 32 lower-case hex + 27–28 base64url characters',
    remediation: {
      revokeUrl: 'https://jina.ai/api-dashboard/key-manager',
      usageUrl: 'https://jina.ai/api-dashboard',
      envVar: ENV_VAR,
    },
    sampleBody: (r) => r.chars(32, HEX_LOWER) + r.chars(28, ALPHABET.base62),
    fixedLength: false,
    positives: (_key, r) => [`${ENV_VAR}=jina_${r.chars(32, HEX_LOWER)}${r.chars(27, ALPHABET.base64url)}`],
    negatives: (_key, r) => [
      `${ENV_VAR}=jina_${r.chars(32, HEX_LOWER)}${r.chars(26, ALPHABET.base62)}`,
      `${ENV_VAR}=jina_${r.chars(32, HEX_LOWER)}${r.chars(29, ALPHABET.base62)}`,
      'from jina.proto import jina_pb2',
    ],
  }),
];
