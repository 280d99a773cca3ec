/**
 * Infracost API keys (https://www.infracost.io/docs/features/environment_variables/; gitleaks
 * infracost.go): `ico-` + 32 alphanumerics. `ico-` also starts CSS classes and words (`ico-cater`,
 * `medico-001`); a random 32-character body holds digits and both cases, a class name does not,
 * so all three are required (a real key lacks a digit about 1 time in 280). No checksum. No real
 * key found in public code (10 `ico-` hits, all CSS classes and words).
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

export const infracostRules: readonly Rule[] = [
  prefixedRule({
    id: 'infracost-api-key',
    provider: 'Infracost',
    description: 'Infracost API key',
    prefixes: ['ico-'],
    body: `${CLASS.base62}{32}`,
    validate: (key) => classCount(key.slice(4)) === 3,
    validation: 'ico- + 32 alphanumerics holding digits and both cases',
    remediation: { revokeUrl: 'https://dashboard.infracost.io/', usageUrl: 'https://dashboard.infracost.io/', envVar: 'INFRACOST_API_KEY' },
    sampleBody: (r) => `${r.chars(30, ALPHABET.base62)}7Q`,
    negatives: () => ['<span class="ico ico-ArrowRightCircleOutlinedLargeIcon"></span>'],
  }),
];
