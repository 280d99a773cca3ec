/**
 * Notion integration tokens (secret-formats.md §44; gitleaks notion.go, kingfisher notion.yml;
 * Notion changelog 2024-09-11): current `ntn_` + 46 alphanumerics, legacy `secret_` + 43
 * alphanumerics, both 50 characters. No checksum.
 *
 * gitleaks reads the `ntn_` body as 11 digits + 35 alphanumerics; 19 distinct public tokens (find_string
 * `auth: "ntn_`, `_KEY = "ntn_`) show a digit run of 10–13 near the start that may follow a letter
 * (5 of 19: `ntn_` + letter + 10–12 digits, issue 12). The check: at least 10 digits among the first
 * 13 characters, which random base62 reaches with probability ~1e-7.
 */
import { shannonEntropy } from '../entropy.js';
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount, countOf } from './randomness.js';
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

/** Digits in the first 13 characters of the body; the rest mixes character classes. */
function currentBody(token: string): boolean {
  const body = token.slice('ntn_'.length);
  return countOf(body.slice(0, 13), /[0-9]/) >= 10 && classCount(body.slice(13)) >= 2;
}

export const notionRules: readonly Rule[] = [
  prefixedRule({
    id: 'notion-integration-token',
    provider: 'Notion',
    description: 'Notion integration token',
    prefixes: ['ntn_'],
    body: `${CLASS.base62}{46}`,
    boundary: CLASS.word,
    validate: currentBody,
    validation: 'ntn_ + 46 alphanumerics, at least 10 digits among the first 13',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(11, '0123456789') + r.chars(35, ALPHABET.base62),
    positives: (token, r) => [
      `const notion = new Client({ auth: "${token}" });`,
      // A letter before the digit run (5 of 19 public tokens).
      `NOTION_API_KEY = "ntn_${r.chars(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}${r.chars(11, '0123456789')}${r.chars(34, ALPHABET.base62)}"`,
    ],
    negatives: (token, r) => [`NOTION_TOKEN=ntn_AbCd${token.slice(8)}`, `NOTION_TOKEN=ntn_${r.chars(46, ALPHABET.base62)}`],
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
