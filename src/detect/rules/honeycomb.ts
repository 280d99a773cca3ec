/**
 * Honeycomb API keys (https://docs.honeycomb.io/api/authentication; kingfisher honeycomb.yml,
 * trufflehog honeycomb):
 * - ingest keys: key id `hc` + a letter + `ik_` + 26-character lower-case ULID (starts `01` for keys
 *   made 2004–2039) + 32-character secret, 64 in all (10 public `hcaik_` hits: 2 real keys, 58
 *   characters after the prefix, 3 placeholders or masked, 5 mentions).
 *   Honeycomb calls them the safest key for client-side instrumentation (they only write telemetry),
 *   so they warn;
 * - configuration keys (22 alphanumerics) and Classic keys (32 hex) have no prefix: only right after
 *   a Honeycomb label (`HONEYCOMB_API_KEY`, `HONEYCOMB_WRITEKEY`, the `X-Honeycomb-Team` header);
 *   10 public `HONEYCOMB_API_KEY=` hits were all placeholders or empty.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelSource } from './labelWords.js';
import { looksRandomHex } from './hexRandom.js';
import { labelledContexts, labelledRule, looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'HONEYCOMB_API_KEY';
const revokeUrl = 'https://docs.honeycomb.io/configure/environments/manage-api-keys';
const ULID = '0123456789abcdefghjkmnpqrstvwxyz';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const LABEL = [
  labelSource([['honeycomb'], ['', 'api', 'write', 'config', 'configuration'], ['key', 'token']]),
  `${anyCase('x-honeycomb-team')}`,
].join('|');

export const honeycombRules: readonly Rule[] = [
  prefixedRule({
    id: 'honeycomb-ingest-key',
    provider: 'Honeycomb',
    description: 'Honeycomb ingest key (write-only telemetry key)',
    prefixes: [...LETTERS].map((letter) => `hc${letter}ik_`),
    // One keyword instead of 26 prefixes: every ingest key made before 2039 holds it.
    keywords: ['ik_01'],
    body: `01[${ULID}]{24}[0-9a-z]{32}`,
    boundary: CLASS.word,
    severity: 'warn',
    validation: 'hc + letter + ik_ + 26-character ULID (01…) + 32 lower-case alphanumerics (64 in all)',
    remediation: { revokeUrl, envVar: ENV_VAR },
    sampleBody: (r) => `01${r.chars(24, ULID)}${r.chars(32, LOWER_ALNUM)}`,
    positives: (key) => [`OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${key.replace('hcaik_', 'hcxik_')}"`],
    negatives: () => [`X-Honeycomb-Team: hcxik_${'1234567890'.repeat(5)}12345678`, 'HONEYCOMB_API_KEY=hcaik_01krcjhcvkmt4q...'],
  }),
  {
    ...labelledRule({
      id: 'honeycomb-api-key',
      provider: 'Honeycomb',
      description: 'Honeycomb configuration or Classic API key',
      keywords: ['honeycomb'],
      lead: `(?:${LABEL})${ASSIGN}`,
      body: `${CLASS.base62}{22}|[0-9a-f]{32}`,
      validation: '22 alphanumerics (configuration key) or 32 hex (Classic) right after a Honeycomb key label',
      remediation: { revokeUrl, envVar: ENV_VAR },
      sampleSecret: (r) => r.chars(22, ALPHABET.base62),
      contexts: (key, r) => [
        ...labelledContexts(ENV_VAR, 'honeycombApiKey', 'honeycomb_api_key', key),
        `HONEYCOMB_WRITEKEY=${r.chars(32, HEX)}`,
        `curl https://api.honeycomb.io/1/auth -H "X-Honeycomb-Team: ${key}"`,
      ],
      negatives: (key) => [`HONEYCOMB_DATASET=${key}`],
    }),
    validate: (key) => (key.length === 32 ? looksRandomHex(key) : looksRandom(key)),
  },
];
