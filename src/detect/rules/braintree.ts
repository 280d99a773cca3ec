/**
 * Braintree (PayPal) access tokens, used by Braintree SDKs and PayPal Express Checkout:
 * `access_token$production$` + 16 lower-case alphanumerics (merchant id) + `$` + 32 lower-case hex
 * (gitleaks' generic config and many scanners; https://developer.paypal.com/braintree/docs/guides/
 * authorization/access-token). Checked on 5 public examples of that exact shape (find_string
 * `access_token$production$`), 1 placeholder (`abcdefghijklmnop$0123…`, caught by the placeholder
 * check). Sandbox tokens (`access_token$sandbox$…`) reach no money: warn. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import type { SampleRandom } from './sampleKit.js';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';
const BODY = '[0-9a-z]{16}\\$[0-9a-f]{32}';
const REMEDIATION = {
  revokeUrl: 'https://www.paypal.com/businessmanage/credentials/apiAccess',
  usageUrl: 'https://www.braintreegateway.com/login',
  envVar: 'BRAINTREE_ACCESS_TOKEN',
};
const body = (r: SampleRandom): string => `${r.chars(16, BASE36)}$${r.chars(32, HEX)}`;

export const braintreeRules: readonly Rule[] = [
  prefixedRule({
    id: 'braintree-access-token',
    provider: 'Braintree',
    description: 'Braintree / PayPal production access token',
    prefixes: ['access_token$production$'],
    body: BODY,
    boundary: CLASS.word,
    validation: 'access_token$production$ + 16 lower-case alphanumerics + $ + 32 lower-case hex',
    remediation: REMEDIATION,
    sampleBody: body,
    positives: (token) => [`var gateway = braintree.connect({\n  accessToken: "${token}"\n});`],
    negatives: (token) => [`BRAINTREE_ACCESS_TOKEN=${token.toUpperCase()}`, 'token=access_token$production$abc$def'],
  }),
  prefixedRule({
    id: 'braintree-sandbox-access-token',
    provider: 'Braintree',
    description: 'Braintree / PayPal sandbox access token (sandbox only)',
    prefixes: ['access_token$sandbox$'],
    body: BODY,
    boundary: CLASS.word,
    severity: 'warn',
    validation: 'access_token$sandbox$ + 16 lower-case alphanumerics + $ + 32 lower-case hex',
    remediation: { ...REMEDIATION, envVar: 'BRAINTREE_SANDBOX_ACCESS_TOKEN' },
    sampleBody: body,
  }),
];
