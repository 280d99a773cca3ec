/**
 * Airtable personal access tokens (https://airtable.com/developers/web/guides/personal-access-tokens;
 * gitleaks airtable.go, trufflehog airtablepersonalaccesstoken): `pat` + 14 base62 (the token id) +
 * `.` + 64 lower-case hex (the secret), 82 characters. `pat` alone starts ordinary words, so the
 * keyword is the provider's name, as in gitleaks and trufflehog: the rule runs on texts naming
 * Airtable (`AIRTABLE_API_KEY`, `api.airtable.com`). The legacy `key…` API keys were retired in
 * 2024 and are not covered. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'AIRTABLE_API_KEY';

export const airtableRules: readonly Rule[] = [
  prefixedRule({
    id: 'airtable-access-token',
    provider: 'Airtable',
    description: 'Airtable personal access token',
    prefixes: ['pat'],
    body: `${CLASS.base62}{14}\\.[0-9a-f]{64}`,
    boundary: CLASS.word,
    keywords: ['airtable'],
    needsContext: true,
    // The id part is random base62: a word such as `pattern1234567` is not.
    validate: (token) => looksRandom(token.slice(3, 17)),
    validation: 'pat + 14 random base62 + . + 64 lower-case hex, in a text naming Airtable',
    remediation: { revokeUrl: 'https://airtable.com/create/tokens', usageUrl: 'https://airtable.com/developers/web/api/audit-log-events', envVar: ENV_VAR },
    sampleBody: (r) => `${r.chars(14, ALPHABET.base62)}.${r.chars(64, HEX)}`,
    positives: (token) => [`fetch("https://api.airtable.com/v0/appXYZ/Tasks", { headers: { Authorization: "Bearer ${token}" } })`],
    negatives: (token) => [`airtable_base=${token.slice(0, 17)}.${token.slice(18).toUpperCase()}`, `airtable cache: patternmatchingsx.${token.slice(18)}`],
  }),
];
