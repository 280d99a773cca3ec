/**
 * Neon API keys (https://neon.tech/docs/manage/api-keys): `napi_` + 64 lower-case letters and digits
 * (69 in all). Checked on 2 real keys committed to public code (`NEON_API_TOKEN=napi_…`,
 * Terraform `neon_api_key = "napi_…"`); the prefix otherwise appears only as Node-API identifiers
 * (`napi_get_value_double`, `napi_ok`), which have `_` or upper case in the body and are far
 * shorter. Neon's connection passwords (`npg_…`) sit in Postgres URLs (credential-urls.ts). No checksum.
 */
import type { Rule } from '../types.js';
import { looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const neonRules: readonly Rule[] = [
  prefixedRule({
    id: 'neon-api-key',
    provider: 'Neon',
    description: 'Neon API key',
    prefixes: ['napi_'],
    body: '[a-z0-9]{64}',
    boundary: CLASS.word,
    validate: (key) => looksRandom(key.slice(5)),
    validation: 'napi_ + 64 lower-case letters and digits that look random',
    remediation: { revokeUrl: 'https://console.neon.tech/app/settings/api-keys', usageUrl: 'https://neon.tech/docs/manage/api-keys', envVar: 'NEON_API_KEY' },
    sampleBody: (r) => r.chars(64, LOWER_ALNUM),
    positives: (key) => [`provider "neon" {\n  api_key = "${key}"\n}`],
    negatives: () => ['if (napi_get_value_double(env, args[0], &value) != napi_ok) return nullptr;'],
  }),
];
