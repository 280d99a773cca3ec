/**
 * Travis CI API tokens (https://docs.travis-ci.com/user/triggering-builds/; gitleaks travisci.go,
 * trufflehog travisci, kingfisher travisci.yml): 22 word characters with no prefix, so only a value
 * right after a Travis token label counts (`TRAVIS_TOKEN=`, `TRAVIS_API_TOKEN=`). No checksum. No
 * real token found in public code (placeholders and indirections only); the shape is the peers'.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { CLASS } from './pattern.js';
import { ALPHABET } from './sampleKit.js';

export const travisciRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'travisci-api-token',
    provider: 'Travis CI',
    description: 'Travis CI API token',
    words: [['travis'], ['', 'ci'], ['', 'api', 'access'], ['token', 'key']],
    keywords: ['travis'],
    body: `${CLASS.word}{22}`,
    validation: '22 word characters labelled as a Travis CI token (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://app.travis-ci.com/account/preferences', envVar: 'TRAVIS_API_TOKEN' },
    sampleSecret: (r) => r.chars(22, ALPHABET.base62),
    contexts: (token) => [`TRAVIS_TOKEN=${token} travis env list`],
    negatives: (token) => [`TRAVIS_BUILD_ID=${token}`],
  }),
];
