/**
 * Dynatrace access tokens (https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#token-format;
 * gitleaks dynatrace.go, kingfisher dynatrace.yml): `dt0c01.` + 24-character public id + `.` +
 * 64-character secret, both upper-case letters and digits (Dynatrace's documented format). Checked
 * on 10 public hits, all placeholders (`dt0c01.XXXX…`, `dt0c01.abc123…`): none has the structure.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

/** The docs' sample token uses only base32 (A–Z, 2–7); the regex accepts any upper-case alphanumeric. */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export const dynatraceRules: readonly Rule[] = [
  prefixedRule({
    id: 'dynatrace-api-token',
    provider: 'Dynatrace',
    description: 'Dynatrace API or platform access token',
    prefixes: ['dt0c01.'],
    body: '[A-Z0-9]{24}\\.[A-Z0-9]{64}',
    boundary: CLASS.base64url,
    validation: 'dt0c01. + 24 upper-case alphanumerics + . + 64 upper-case alphanumerics',
    remediation: {
      revokeUrl: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
      envVar: 'DT_API_TOKEN',
    },
    sampleBody: (r) => `${r.chars(24, BASE32)}.${r.chars(64, BASE32)}`,
    positives: (token) => [`exporters:\n  otlphttp:\n    headers:\n      Authorization: "Api-Token ${token}"\n`],
    negatives: () => ['Authorization: "Api-Token dt0c01.XXXX.YYYY"', 'DT_API_TOKEN="dt0c01.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
  }),
];
