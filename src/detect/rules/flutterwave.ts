/**
 * Flutterwave secret keys (https://developer.flutterwave.com/docs/authentication): `FLWSECK-` + 32
 * hex + `-X` (v2/v3), newer ones with a 13-character segment before `-X` (`…-19c237bb6f9vt-X`);
 * test keys `FLWSECK_TEST-` likewise (gitleaks flutterwave.go). Public keys `FLWPUBK-` are meant
 * for browsers. Checked on 4 public examples of these shapes (find_string `FLWSECK-`), 5 placeholders
 * (`FLWSECK-xxx`, `FLWSECK-...`). Test keys reach the sandbox only: warn. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import type { SampleRandom } from './sampleKit.js';

const HEX = '0123456789abcdef';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BODY = '[0-9a-f]{32}(?:-[0-9a-z]{13})?-X';
const REMEDIATION = {
  revokeUrl: 'https://app.flutterwave.com/dashboard/settings/apis/live',
  usageUrl: 'https://app.flutterwave.com/dashboard/transactions/list',
  envVar: 'FLUTTERWAVE_SECRET_KEY',
};
const body = (r: SampleRandom): string => `${r.chars(32, HEX)}-X`;

export const flutterwaveRules: readonly Rule[] = [
  prefixedRule({
    id: 'flutterwave-secret-key',
    provider: 'Flutterwave',
    description: 'Flutterwave live secret key',
    prefixes: ['FLWSECK-'],
    body: BODY,
    boundary: CLASS.base64url,
    validation: 'FLWSECK- + 32 lower-case hex (+ - + 13 alphanumerics) + -X',
    remediation: REMEDIATION,
    sampleBody: body,
    fixedLength: false,
    positives: (key, r) => [
      `var rave = new Rave('FLWPUBK-${r.chars(32, HEX)}-X', '${key}', false);`,
      `FLW_SECRET_KEY=FLWSECK-${r.chars(32, HEX)}-${r.chars(13, BASE36)}-X`,
    ],
    negatives: (key, r) => [`FLUTTERWAVE_PUBLIC_KEY=FLWPUBK-${r.chars(32, HEX)}-X`, `FLUTTERWAVE_SECRET_KEY=${key.slice(0, -2)}`],
  }),
  prefixedRule({
    id: 'flutterwave-test-secret-key',
    provider: 'Flutterwave',
    description: 'Flutterwave test secret key (sandbox only)',
    prefixes: ['FLWSECK_TEST-'],
    body: BODY,
    boundary: CLASS.base64url,
    severity: 'warn',
    validation: 'FLWSECK_TEST- + 32 lower-case hex (+ - + 13 alphanumerics) + -X',
    remediation: { ...REMEDIATION, envVar: 'FLUTTERWAVE_TEST_SECRET_KEY' },
    sampleBody: body,
    fixedLength: false,
  }),
];
