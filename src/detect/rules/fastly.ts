/**
 * Fastly API tokens (https://www.fastly.com/documentation/guides/account-info/account-management/using-api-tokens/;
 * gitleaks fastly.go, trufflehog fastlypersonaltoken, kingfisher fastly.yml): 32 base64url
 * characters with no prefix, so only a value right after a Fastly key/token label counts
 * (`FASTLY_API_TOKEN=`, `fastly_api_key`). No checksum. No real token found in public code
 * (10 placeholders such as `FASTLY_API_TOKEN=<API-Token>`); the shape is the peers'.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { CLASS } from './pattern.js';
import { ALPHABET } from './sampleKit.js';

export const fastlyRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'fastly-api-token',
    provider: 'Fastly',
    description: 'Fastly API token',
    words: [['fastly'], ['', 'api', 'personal', 'automation'], ['key', 'token']],
    keywords: ['fastly'],
    body: `${CLASS.base64url}{32}`,
    validation: '32 base64url characters labelled as a Fastly key/token (no prefix, no checksum)',
    remediation: {
      revokeUrl: 'https://manage.fastly.com/account/personal/tokens',
      usageUrl: 'https://docs.fastly.com/en/guides/reviewing-service-activity-with-the-event-log',
      envVar: 'FASTLY_API_TOKEN',
    },
    sampleSecret: (r) => r.chars(32, ALPHABET.base64url),
    contexts: (token) => [`fastly_api_key = "${token}"`, `export TF_VAR_fastly_api_token=${token}`],
    negatives: (token) => [`FASTLY_SERVICE_ID=${token}`],
  }),
];
