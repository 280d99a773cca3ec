/**
 * Okta API tokens (https://developer.okta.com/docs/guides/create-an-api-token/; gitleaks okta.go,
 * kingfisher okta.yml): `00` + 40 base64url characters (42 in all), no checksum. `00` is no prefix
 * to find them by, so a token is only reported after Okta's own `SSWS` authorization scheme or right
 * after an Okta token label (`OKTA_API_TOKEN`, `OKTA_CLIENT_TOKEN` of the Okta SDKs). Checked on 10
 * public `SSWS 00` hits: 7 real tokens (all 42 characters, `_` and `-` included), 3 placeholders.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'OKTA_API_TOKEN';
const LABEL = `${labelSource([['okta'], ['', 'api', 'client', 'management'], ['token', 'key']])}${ASSIGN}`;
/** `Authorization: SSWS 00…` (Okta's scheme name, upper case in every SDK and docs page). */
const SSWS = 'SSWS[ \\t]{1,4}';

export const oktaRules: readonly Rule[] = [
  labelledRule({
    id: 'okta-api-token',
    provider: 'Okta',
    description: 'Okta API token (SSWS)',
    keywords: ['okta', 'ssws'],
    lead: `(?:${LABEL}|${SSWS})`,
    body: '00[A-Za-z0-9_-]{40}',
    validation: '00 + 40 base64url characters after the SSWS scheme or an Okta token label',
    remediation: {
      revokeUrl: 'https://help.okta.com/en-us/content/topics/security/api.htm',
      usageUrl: 'https://help.okta.com/en-us/content/topics/reports/syslog.htm',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => `00${r.chars(40, ALPHABET.base64url)}`,
    contexts: (token) => [
      ...labelledContexts(ENV_VAR, 'oktaApiToken', 'okta_api_token', token),
      `headers.add("Authorization", "SSWS ${token}");`,
      `OKTA_CLIENT_TOKEN=${token}`,
      `okta_client_token: "${token}"`,
    ],
    negatives: (token) => ['Authorization: SSWS 00abcdEFGH', `OKTA_CLIENT_ID=${token}`, `SSWS ${token.slice(2)}`],
  }),
];
