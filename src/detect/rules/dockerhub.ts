/**
 * Docker Hub access tokens (https://docs.docker.com/security/for-developers/access-tokens/,
 * https://docs.docker.com/security/for-admins/access-tokens/; trufflehog dockerhub/v2, kingfisher
 * dockerhub.yml, gitleaks has none): personal `dckr_pat_` + 27 base64url, organization `dckr_oat_` +
 * 32 base64url. No checksum. The personal form was checked on 6 real tokens in public code (Jenkins
 * `docker login` steps, Makefiles, Maven flags), all 27 characters, 2 placeholders; no real `dckr_oat_`
 * was found (the length is trufflehog's).
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

const REVOKE = 'https://app.docker.com/settings/personal-access-tokens';
const USAGE = 'https://docs.docker.com/security/for-admins/activity-logs/';
/**
 * A random body mixes cases and digits; `dckr_pat_dckr_pat_dckr_pat_` (a keyword repeated, 27
 * characters) does not.
 */
const mixed = (token: string): boolean => classCount(token.slice(9)) >= 2;

export const dockerhubRules: readonly Rule[] = [
  prefixedRule({
    id: 'dockerhub-personal-access-token',
    provider: 'Docker Hub',
    description: 'Docker Hub personal access token',
    prefixes: ['dckr_pat_'],
    body: `${CLASS.base64url}{27}`,
    // `--password-dckr_pat_…` was seen in public code: only a letter or digit glued on is a longer word.
    boundary: CLASS.base62,
    end: `(?!${CLASS.base64url})`,
    validate: mixed,
    validation: 'dckr_pat_ + 27 base64url characters, not all of one class',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'DOCKERHUB_TOKEN' },
    sampleBody: (r) => r.chars(27, ALPHABET.base64url),
    positives: (token) => [`sh 'echo ${token} | docker login -u ci-bot --password-stdin'`, `docker login --username ci --password-${token}`],
    negatives: () => ['DOCKER_TOKEN=dckr_pat_xxxxx', "DOCKERHUB_TOKEN: 'dckr_pat_test'", `t=${'dckr_pat_'.repeat(4)}`],
  }),
  prefixedRule({
    id: 'dockerhub-organization-access-token',
    provider: 'Docker Hub',
    description: 'Docker Hub organization access token',
    prefixes: ['dckr_oat_'],
    body: `${CLASS.base64url}{32}`,
    boundary: CLASS.base62,
    end: `(?!${CLASS.base64url})`,
    validate: mixed,
    validation: 'dckr_oat_ + 32 base64url characters, not all of one class',
    remediation: { revokeUrl: 'https://app.docker.com/admin', usageUrl: USAGE, envVar: 'DOCKER_ORG_TOKEN' },
    sampleBody: (r) => r.chars(32, ALPHABET.base64url),
  }),
];
