/**
 * Notion integration tokens (secret-formats.md §44; gitleaks notion.go, kingfisher notion.yml;
 * Notion changelog 2024-09-11): current `ntn_` + 11 digits + 35 alphanumerics, legacy `secret_` +
 * 43 alphanumerics, both 50 characters. No checksum.
 */
import { shannonEntropy } from '../entropy.js';
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

const REMEDIATION = {
  revokeUrl: 'https://www.notion.so/profile/integrations',
  envVar: 'NOTION_TOKEN',
};

/**
 * `secret_` is a common word, so a legacy token needs "notion" within 300 characters (also its
 * keyword: `secret_` would make generic rules yield to this one on every `SECRET_TOKEN=`), and a
 * body that looks random: all three character classes (a random 43-character body lacks one with
 * probability ~5e-4), which keeps camel-case identifiers out, and no repetitive filler (random bodies
 * stayed above 4.1 bits/char in 200,000 draws).
 */
function randomLegacyBody(token: string): boolean {
  const body = token.slice('secret_'.length);
  return classCount(body) === 3 && shannonEntropy(body) >= 3.8;
}

export const notionRules: readonly Rule[] = [
  prefixedRule({
    id: 'notion-integration-token',
    provider: 'Notion',
    description: 'Notion integration token',
    prefixes: ['ntn_'],
    body: `[0-9]{11}${CLASS.base62}{35}`,
    boundary: CLASS.word,
    validation: 'ntn_ + 11 digits + 35 alphanumerics',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(11, '0123456789') + r.chars(35, ALPHABET.base62),
    positives: (token) => [`const notion = new Client({ auth: "${token}" });`],
    negatives: (token) => [`NOTION_TOKEN=ntn_Ab${token.slice(6)}`],
  }),
  prefixedRule({
    id: 'notion-legacy-integration-token',
    provider: 'Notion',
    description: 'Notion integration token (legacy secret_ format)',
    prefixes: ['secret_'],
    keywords: ['notion'],
    body: `${CLASS.base62}{43}`,
    boundary: CLASS.word,
    end: `(?!${CLASS.word})${near('notion', 300, 50)}`,
    needsContext: true,
    validate: randomLegacyBody,
    validation: 'secret_ + 43 alphanumerics mixing upper case, lower case and digits, entropy ≥ 3.8 bits/char, "notion" within 300 characters',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(43, ALPHABET.base62),
    positives: (token) => [`const notion = new Client({ auth: "${token}" });`],
    negatives: (token) => ['// notion\nconst secret_accessKeyForTheDefaultProviderConfiguration = 1;', `const value = "${token}";`],
  }),
];
