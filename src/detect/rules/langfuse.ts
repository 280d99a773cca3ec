/**
 * Langfuse API keys (https://langfuse.com/docs/get-started; trufflehog langfuse): a project's key
 * pair is `pk-lf-` + UUID (public key, sent as the Basic-auth user name: not a secret) and `sk-lf-`
 * + UUID (secret key). Only the secret key is reported. Checked on 2 public examples (lower-case
 * UUIDs) and 8 placeholders (`sk-lf-...`, `sk-lf-test`). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, UUID_SOURCE } from './aiPlatformKit.js';
import { uuidFrom } from './labelledSamples.js';
import { prefixedRule } from './prefixedRule.js';

export const langfuseRules: readonly Rule[] = [
  prefixedRule({
    id: 'langfuse-secret-key',
    provider: 'Langfuse',
    description: 'Langfuse secret key',
    prefixes: ['sk-lf-'],
    body: UUID_SOURCE,
    validation: 'sk-lf- + lower-case UUID (42 characters); the pk-lf- public key is not reported',
    remediation: {
      revokeUrl: 'https://langfuse.com/faq/all/where-are-langfuse-api-keys',
      envVar: 'LANGFUSE_SECRET_KEY',
    },
    sampleBody: (r) => uuidFrom(r.chars(32, HEX_LOWER)),
    positives: (key) => [`langfuse = Langfuse(secret_key="${key}", host="https://cloud.langfuse.com")`],
    negatives: (_key, r) => [`LANGFUSE_PUBLIC_KEY=pk-lf-${uuidFrom(r.chars(32, HEX_LOWER))}`, 'LANGFUSE_SECRET_KEY=sk-lf-test'],
  }),
];
