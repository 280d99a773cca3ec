/**
 * Upstash Redis REST tokens (https://upstash.com/docs/redis/features/restapi): base64 with no
 * prefix (the one real token found in public code decodes to a binary header, the database id and
 * 32 hex; it starts with `A`), so only a value right after an Upstash or Vercel KV REST token label
 * counts (`UPSTASH_REDIS_REST_TOKEN=`, `KV_REST_API_TOKEN=`). 9 placeholders in public `.env`
 * templates (`your-upstash-token`, `...`, empty) do not match. Read-only tokens share the shape.
 * Upstash's `rediss://default:<password>@….upstash.io` URLs are reported by hostedRedis.ts.
 */
import type { Rule } from '../types.js';
import { labelledContexts } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { hostedRedisRule } from './hostedRedis.js';
import { looksRandom } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const ENV_VAR = 'UPSTASH_REDIS_REST_TOKEN';
/** `UPSTASH_REDIS_REST_TOKEN`, `UPSTASH_REST_TOKEN`, `upstashRedisRestToken`, Vercel KV's `KV_REST_API_TOKEN`. */
const LABEL = `(?:${labelSource([['upstash'], ['', 'redis', 'vector', 'search'], ['', 'rest'], ['', 'api'], ['token']])}|(?<![A-Za-z0-9])${labelSource([['kv'], ['rest'], ['api'], ['token']])})`;

export const upstashRules: readonly Rule[] = [
  {
    id: 'upstash-rest-token',
    provider: 'Upstash',
    description: 'Upstash Redis / Vercel KV REST token',
    keywords: ['upstash', 'kv_rest_api_token', 'kv-rest-api-token', 'kvrestapitoken'],
    pattern: new RegExp(`${LABEL}${ASSIGN}(A[A-Za-z0-9_-]{40,120}={0,2})(?![A-Za-z0-9_=-])`, 'g'),
    secretGroup: 1,
    validate: looksRandom,
    severity: 'block',
    validation: 'A + 40–120 base64url right after an Upstash/KV REST token label (length varies with the database id)',
    remediation: { revokeUrl: 'https://console.upstash.com/redis', usageUrl: 'https://upstash.com/docs/redis/howto/metricsandcharts', envVar: ENV_VAR },
    samples() {
      const r = seededRandom('upstash-rest-token');
      const token = (): string => `A${r.chars(62, ALPHABET.base64url)}`;
      return {
        positives: [
          ...labelledContexts(token(), ENV_VAR),
          `KV_REST_API_TOKEN="${token()}"`,
          `const redis = new Redis({ url: "https://still-yeti-23635.upstash.io", upstashRedisRestToken: "${token()}" })`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=your-upstash-token`,
          `${ENV_VAR}=A${'x'.repeat(62)}`,
          // Wrong shapes under a neutral name: under the token's variable the generic rule reports them.
          `upstash_region=${token().slice(0, 30)}`,
          `upstash_region=B${token().slice(1)}`,
          `UPSTASH_REDIS_REST_URL=https://still-yeti-23635.upstash.io`,
        ],
      };
    },
  },
  hostedRedisRule({
    id: 'upstash-redis-url',
    provider: 'Upstash',
    description: 'Upstash Redis URL with a password',
    domains: String.raw`upstash\.io`,
    keywords: ['upstash.io'],
    remediation: { revokeUrl: 'https://console.upstash.com/redis', usageUrl: 'https://upstash.com/docs/redis/howto/metricsandcharts', envVar: 'REDIS_URL' },
    sampleHost: 'still-yeti-23635.upstash.io:6379',
  }),
];
