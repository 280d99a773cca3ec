/**
 * crates.io API tokens (https://doc.rust-lang.org/cargo/reference/registry-web-api.html;
 * kingfisher crates.io.yml): `cio` + 32 base62 (35 in all). The 3-letter prefix also starts words,
 * so the body must look random (two character classes, high entropy). Public code held 0 real
 * tokens and 9 placeholders (`cio_...`, `cio0123456789abcdef…`), none of which passes. No checksum.
 */
import type { Rule } from '../types.js';
import { looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const cratesIoRules: readonly Rule[] = [
  prefixedRule({
    id: 'crates-io-api-token',
    provider: 'crates.io',
    description: 'crates.io API token',
    prefixes: ['cio'],
    body: `${CLASS.base62}{32}`,
    boundary: CLASS.word,
    validate: (token) => looksRandom(token.slice(3)),
    validation: 'cio + 32 base62 that look random (2+ character classes, entropy ≥ 3.5)',
    remediation: { revokeUrl: 'https://crates.io/settings/tokens', usageUrl: 'https://crates.io/settings/tokens', envVar: 'CARGO_REGISTRY_TOKEN' },
    sampleBody: (r) => r.chars(32, ALPHABET.base62),
    positives: (token) => [`[registry]\ntoken = "${token}"\n`, `cargo publish --token ${token}`],
    negatives: () => ['CARGO_REGISTRY_TOKEN=cio0123456789abcdef0123456789abcdef', 'CARGO_REGISTRY_TOKEN=cio_your_crates_io_token_here'],
  }),
];
