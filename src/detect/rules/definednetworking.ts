/**
 * Defined Networking (managed Nebula) API keys (https://docs.defined.net/guides/automating-host-creation/;
 * gitleaks definednetworking.go): `dnkey-` + 26 + `-` + 52 characters of letters, digits, `=`, `_`
 * and `-`. No checksum. No real key found in public code (10 `dnkey-` hits: peers' regexes and
 * placeholders such as `dnkey-...`).
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const PART = '[A-Za-z0-9=_-]';

export const definedNetworkingRules: readonly Rule[] = [
  prefixedRule({
    id: 'defined-networking-api-key',
    provider: 'Defined Networking',
    description: 'Defined Networking (managed Nebula) API key',
    prefixes: ['dnkey-'],
    body: `${PART}{26}-${PART}{52}`,
    // `=` belongs to the body, so it may not follow the key; before it, `KEY=dnkey-…` is common.
    end: `(?!${PART})`,
    validation: 'dnkey- + 26 + - + 52 characters of [A-Za-z0-9=_-]',
    remediation: { revokeUrl: 'https://admin.defined.net/settings/api-keys', envVar: 'DN_API_KEY' },
    sampleBody: (r) => `${r.chars(26, ALPHABET.base62)}-${r.chars(52, ALPHABET.base62)}`,
    positives: (key) => [`client = DefinedClient(api_key="${key}")`],
    negatives: () => ['client = DefinedClient(api_key="dnkey-...")'],
  }),
];
