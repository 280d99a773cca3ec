/**
 * Resend API keys (https://resend.com/docs/dashboard/api-keys/introduction): `re_` + 8
 * alphanumerics + `_` + 24 alphanumerics (36 in all). Checked on 16 public examples of this exact
 * shape (find_string `new Resend('re_`, `new Resend("re_`, `RESEND_API_KEY=re_`), 22 placeholders
 * (`re_xxx…`, `re_your_api_key_here`, `re_...`) and 2 UUID-shaped values (`re_` + UUID), which
 * Resend does not issue today and are left out. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

/** Words joined by `_` (`re_webhook_verify_only`) are not keys: random parts mix classes. */
const mixed = (key: string): boolean => classCount(key.slice(3)) >= 2;

export const resendRules: readonly Rule[] = [
  prefixedRule({
    id: 'resend-api-key',
    provider: 'Resend',
    description: 'Resend API key',
    prefixes: ['re_'],
    body: `${CLASS.base62}{8}_${CLASS.base62}{24}`,
    boundary: CLASS.word,
    validate: mixed,
    validation: 're_ + 8 alphanumerics + _ + 24 alphanumerics (36 in all), mixed classes',
    remediation: { revokeUrl: 'https://resend.com/api-keys', usageUrl: 'https://resend.com/logs', envVar: 'RESEND_API_KEY' },
    sampleBody: (r) => `${r.chars(8, ALPHABET.base62)}_${r.chars(24, ALPHABET.base62)}`,
    positives: (key) => [`const resend = new Resend('${key}');`],
    negatives: () => ['new Resend("re_webhook_verify_only")', 'RESEND_API_KEY=re_your_resend_api_key_here'],
  }),
];
