/**
 * CircleCI API tokens (https://circleci.com/docs/managing-api-tokens/; trufflehog circleci v1/v2,
 * kingfisher circleci.yml). Personal tokens today: `CCIPAT_` + 22 base62 + `_` + 40 lower-case hex
 * (checked on 1 real token in public code and the CLI's docs; 4 placeholders such as `CCIPAT_...`
 * did not match). Legacy personal and project tokens are 40 hex with no prefix, so they count only
 * right after a CircleCI label (`CIRCLECI_TOKEN=`, `CIRCLE_TOKEN=`, a `Circle-Token:` header). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX, labelledContexts as namedContexts } from './labelledSamples.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'CIRCLECI_TOKEN';
const remediation = {
  revokeUrl: 'https://app.circleci.com/settings/user/tokens',
  usageUrl: 'https://circleci.com/docs/audit-logs/',
  envVar: ENV_VAR,
};

/** `CIRCLECI_TOKEN`, `CIRCLE_TOKEN`, `circleci_api_token`, `circleToken`; or the `Circle-Token` header. */
const LABEL = `(?:${labelSource([['circleci', 'circle'], ['', 'api', 'cli'], ['token', 'key']])}${ASSIGN}|${anyCase('circle-token')}["']?:[ \\t]{0,4}["']?)`;

export const circleciRules: readonly Rule[] = [
  prefixedRule({
    id: 'circleci-personal-token',
    provider: 'CircleCI',
    description: 'CircleCI personal API token',
    prefixes: ['CCIPAT_'],
    body: '[A-Za-z0-9]{22}_[0-9a-f]{40}',
    validation: 'CCIPAT_ + 22 base62 + _ + 40 lower-case hex',
    remediation,
    sampleBody: (r) => `${r.chars(22, ALPHABET.base62)}_${r.chars(40, HEX)}`,
    positives: (token) => [`headers: { 'Circle-Token': '${token}' }`],
    negatives: (token) => [`${ENV_VAR}=${token.replace(/_([0-9a-f]{40})$/, '-$1')}`, 'return "ccipat_PLACEHOLDER_syncer_test_value"'],
  }),
  labelledRule({
    id: 'circleci-legacy-token',
    provider: 'CircleCI',
    description: 'CircleCI legacy personal or project API token (40 hex behind a CircleCI label)',
    keywords: ['circle'],
    lead: LABEL,
    body: '[0-9a-f]{40}',
    validation: '40 lower-case hex right after a CircleCI token label or a Circle-Token header',
    remediation,
    sampleSecret: (r) => r.chars(40, HEX),
    contexts: (token) => [
      ...namedContexts(token, ENV_VAR),
      `CIRCLE_TOKEN=${token}`,
      `curl -H "Circle-Token: ${token}" https://circleci.com/api/v2/me`,
    ],
    negatives: (token) => [`CIRCLE_SHA1=${token}`, `circle_build_hash: ${token}`],
  }),
];
