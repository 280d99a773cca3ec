/**
 * Vultr API keys (https://docs.vultr.com/platform/other/api/enable-api-access; trufflehog vultrapikey,
 * kingfisher vultrapikey.yml): 36 upper-case letters and digits with no prefix, so only a value
 * right after a Vultr key/token label counts (`VULTR_API_KEY=`). No checksum. No real key found in
 * public code (10 placeholders and indirections); the shape is the peers'.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const vultrRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'vultr-api-key',
    provider: 'Vultr',
    description: 'Vultr API key',
    words: [['vultr'], ['', 'api', 'personal'], ['', 'access'], ['key', 'token']],
    keywords: ['vultr'],
    body: '[A-Z0-9]{36}',
    validation: '36 upper-case letters and digits labelled as a Vultr key (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://my.vultr.com/settings/#settingsapi', envVar: 'VULTR_API_KEY' },
    sampleSecret: (r) => r.chars(36, UPPER_ALNUM),
    contexts: (key) => [`export TF_VAR_vultr_api_key="${key}"`],
    negatives: (key) => [`VULTR_PLAN=${key.toLowerCase()}`, 'export  VULTR_API_KEY="YYYY"'],
  }),
];
