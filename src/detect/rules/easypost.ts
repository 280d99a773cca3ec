/**
 * EasyPost API keys (https://docs.easypost.com/docs/authentication): production `EZAK` and test
 * `EZTK` + 54 alphanumerics (gitleaks easypost.go); the public example found has 32 lower-case hex
 * then 22 alphanumerics, but one example does not make a format, so the body stays 54 alphanumerics
 * with letters and digits mixed. Checked on public code (find_string `EZAK`): 1 example of this
 * shape, 12 placeholders (`EZAK...`, `EZAK_your_production_key`, `EZAKfixture`). Test keys buy
 * nothing: warn. No checksum.
 */
import type { Rule } from '../types.js';
import { classCount } from './randomness.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const REMEDIATION = {
  revokeUrl: 'https://www.easypost.com/account/api-keys',
  envVar: 'EASYPOST_API_KEY',
};
const mixed = (token: string): boolean => classCount(token.slice(4)) >= 2;

export const easypostRules: readonly Rule[] = [
  prefixedRule({
    id: 'easypost-api-key',
    provider: 'EasyPost',
    description: 'EasyPost production API key',
    prefixes: ['EZAK'],
    body: `${CLASS.base62}{54}`,
    boundary: CLASS.word,
    validate: mixed,
    validation: 'EZAK + 54 alphanumerics, letters and digits mixed',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(32, '0123456789abcdef') + r.chars(22, ALPHABET.base62),
    positives: (key) => [`EasyPostClient client = new EasyPostClient("${key}");`],
    negatives: () => ['easyPostApiKey: "EZAKfixture"', 'EASYPOST_API_KEY=EZAK_your_production_key'],
  }),
  prefixedRule({
    id: 'easypost-test-api-key',
    provider: 'EasyPost',
    description: 'EasyPost test API key (no charges)',
    prefixes: ['EZTK'],
    body: `${CLASS.base62}{54}`,
    boundary: CLASS.word,
    validate: mixed,
    severity: 'warn',
    validation: 'EZTK + 54 alphanumerics, letters and digits mixed',
    remediation: { ...REMEDIATION, envVar: 'EASYPOST_TEST_API_KEY' },
    sampleBody: (r) => r.chars(54, ALPHABET.base62),
  }),
];
