/**
 * Sentry auth tokens (https://docs.sentry.io/account/auth-tokens/; develop.sentry.dev "Auth
 * tokens"; gitleaks sentry.go, trufflehog sentryorgtoken):
 * - user tokens: `sntryu_` + 64 lower-case hex (checked on 2 public examples, 5 placeholders);
 * - organization tokens: `sntrys_` + base64 JSON payload `{"iat":…,"url":…,"region_url":…,"org":…}`
 *   (with its `=` padding) + `_` + 43 base64 characters (32 random bytes). The payload is checked: it
 *   decodes to an object with a numeric `iat` and a string `org` (checked on 5 public examples, 2
 *   placeholders that fail the decode);
 * - older tokens: 64 lower-case hex with no prefix, so only right after a Sentry token label.
 * The DSN (`https://<32 hex>@o….ingest.sentry.io/…`) is public by design (it ships in every web
 * page using Sentry) and is never reported.
 */
import type { Rule } from '../types.js';
import { base64JsonObject, encodeBase64Json } from './base64Json.js';
import { HEX } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { hexRule } from './hexRandom.js';
import { labelledContexts } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const ENV_VAR = 'SENTRY_AUTH_TOKEN';
const USER_REVOKE = 'https://sentry.io/settings/account/api/auth-tokens/';
const AUDIT_LOG = 'https://sentry.io/orgredirect/organizations/:orgslug/settings/audit-log/';
const BASE64 = '[A-Za-z0-9+/]';

/** An org token's payload names its organisation and issue time. */
function orgPayload(token: string): boolean {
  const payload = base64JsonObject(token.slice('sntrys_'.length, token.lastIndexOf('_')));
  return payload !== undefined && typeof payload['iat'] === 'number' && typeof payload['org'] === 'string';
}

function orgBody(r: SampleRandom, org = 'acme-' + r.chars(6, HEX)): string {
  const payload = encodeBase64Json({ iat: 1_751_000_000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org });
  return `${payload}_${r.chars(43, ALPHABET.base64)}`;
}

/** `SENTRY_AUTH_TOKEN`, `sentryApiToken`, `sentry_access_token`, `SENTRY_TOKEN`. */
const LABEL = labelSource([['sentry'], ['', 'auth', 'api', 'access'], ['token']]);

export const sentryRules: readonly Rule[] = [
  prefixedRule({
    id: 'sentry-user-token',
    provider: 'Sentry',
    description: 'Sentry user auth token',
    prefixes: ['sntryu_'],
    body: '[0-9a-f]{64}',
    boundary: CLASS.word,
    validation: 'sntryu_ + 64 lower-case hex',
    remediation: { revokeUrl: USER_REVOKE, usageUrl: AUDIT_LOG, envVar: ENV_VAR },
    sampleBody: (r) => r.chars(64, HEX),
    positives: (token) => [`sentry-cli --auth-token ${token} releases list`],
    negatives: (token) => [`${ENV_VAR}=${token.toUpperCase().replace('SNTRYU_', 'sntryu_')}`],
  }),
  prefixedRule({
    id: 'sentry-org-token',
    provider: 'Sentry',
    description: 'Sentry organization auth token',
    prefixes: ['sntrys_'],
    body: `eyJ${BASE64}{20,400}={0,2}_${BASE64}{43}`,
    end: '(?![A-Za-z0-9+/=_-])',
    validate: orgPayload,
    validation: 'sntrys_ + base64 JSON payload with iat and org + _ + 43 base64 characters',
    remediation: { revokeUrl: 'https://sentry.io/orgredirect/organizations/:orgslug/settings/auth-tokens/', usageUrl: AUDIT_LOG, envVar: ENV_VAR },
    sampleBody: (r) => orgBody(r),
    fixedLength: false,
    positives: (token) => [`authToken: "${token}"`, `--build-arg SENTRY_AUTH_TOKEN="${token}" \\`],
    negatives: (token, r) => [
      // The payload is not Sentry's: no org.
      `${ENV_VAR}=sntrys_${encodeBase64Json({ iat: 1_751_000_000, url: 'https://sentry.io' })}_${r.chars(43, ALPHABET.base64)}`,
      `${ENV_VAR}=${token.slice(0, -2)}`,
      `${ENV_VAR}=sntrys_eyJpYXQiO${'A'.repeat(40)}_${'B'.repeat(43)}`,
    ],
  }),
  hexRule({
    id: 'sentry-legacy-auth-token',
    provider: 'Sentry',
    description: 'Sentry auth token without prefix (64 hex, older tokens)',
    keywords: ['sentry'],
    lead: `${LABEL}${ASSIGN}`,
    body: '[0-9a-f]{64}',
    validation: '64 lower-case hex right after a Sentry token label (SENTRY_AUTH_TOKEN=…)',
    remediation: { revokeUrl: USER_REVOKE, usageUrl: AUDIT_LOG, envVar: ENV_VAR },
    sampleSecret: (r) => r.chars(64, HEX),
    contexts: (token) => [...labelledContexts(ENV_VAR, 'sentryAuthToken', 'sentry_auth_token', token), `sentry_token: ${token}`],
    negatives: (token, r) => [
      `SENTRY_RELEASE=${token}`,
      `SENTRY_DSN=https://${r.chars(32, HEX)}@o4509706557915136.ingest.us.sentry.io/4509738327539712`,
      `NEXT_PUBLIC_SENTRY_DSN="https://${r.chars(32, HEX)}@o1.ingest.sentry.io/2"`,
    ],
  }),
];
