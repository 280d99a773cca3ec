/**
 * Scalingo API tokens (https://doc.scalingo.com/platform/cli/start#authentication; gitleaks
 * scalingo.go): `tk-us-` + 48 base64url characters. No checksum. No real token found in public
 * code (10 `tk-us-` hits: placeholders `tk-us-xxxxxxxx`, peers' regexes, and the `…tk-us-east-1`
 * tail of an S3 bucket host, which the boundary before the prefix keeps out).
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

export const scalingoRules: readonly Rule[] = [
  prefixedRule({
    id: 'scalingo-api-token',
    provider: 'Scalingo',
    description: 'Scalingo API token',
    prefixes: ['tk-us-'],
    body: `${CLASS.base64url}{48}`,
    // A random body mixes cases and digits; `tk-us-` repeated eight times (48 characters) does not.
    validate: (token) => classCount(token.slice(6)) >= 2,
    validation: 'tk-us- + 48 base64url characters, not all of one class',
    remediation: { revokeUrl: 'https://dashboard.scalingo.com/account/tokens', envVar: 'SCALINGO_API_TOKEN' },
    sampleBody: (r) => r.chars(48, ALPHABET.base64url),
    negatives: () => [`t=${'tk-us-'.repeat(9)}`, 'https://cf-templates-1e0b4nzsaectk-us-east-1.s3.amazonaws.com/Jenkins_Single_Instance.yml'],
  }),
];
