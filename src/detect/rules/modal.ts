/**
 * Modal API tokens (https://modal.com/docs/reference/modal.config: `MODAL_TOKEN_ID` +
 * `MODAL_TOKEN_SECRET`, or `token_id`/`token_secret` in ~/.modal.toml): the id is `ak-` + 22 base62
 * and useless alone; the secret is `as-` + 22 base62. Checked on 1 public pair (both 22) and 12
 * placeholder pairs (`ak-xxxxx`/`as-xxxxx`, `as-...`, `as-FAKESECRETSTRINGABCDEF`). `as-` is ordinary
 * text, so the secret counts only with Modal named within 200 characters. No checksum.
 */
import type { Rule } from '../types.js';
import { namedNearby } from './aiPlatformKit.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

export const modalRules: readonly Rule[] = [
  prefixedRule({
    id: 'modal-token-secret',
    provider: 'Modal',
    description: 'Modal API token secret',
    prefixes: ['as-'],
    body: `${CLASS.base62}{22}`,
    ...namedNearby(['modal'], 25),
    validate: (key) => classCount(key.slice(3)) === 3,
    validation: 'as- + 22 base62 with digits and both cases, Modal named within 200 characters (the ak- token id is not secret alone)',
    remediation: {
      revokeUrl: 'https://modal.com/settings/tokens',
      envVar: 'MODAL_TOKEN_SECRET',
    },
    sampleBody: (r) => `${r.chars(20, ALPHABET.base62)}k7`,
    positives: (key, r) => [`MODAL_TOKEN_ID=ak-${r.chars(22, ALPHABET.base62)}\n${'MODAL_TOKEN_SECRET'}=${key}`, `modal token set --token-id ak-${r.chars(22, ALPHABET.base62)} --token-secret ${key}`],
    negatives: (_key, r) => [`MODAL_TOKEN_ID=ak-${r.chars(20, ALPHABET.base62)}Q4`, 'MODAL_TOKEN_SECRET=as-FAKESECRETSTRINGABCDEF', 'export const modalClass = "has-ModalOverlayBackdrop";'],
  }),
];
