/**
 * New Relic keys (https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/; gitleaks
 * newrelic.go, trufflehog newrelic*):
 * - user API keys `NRAK-` + 27 upper-case alphanumerics: read and change the whole account (checked
 *   on 1 public example, 6 placeholders);
 * - Insights insert / query keys `NRII-` / `NRIQ-` + 32 base64url: write or read event data (checked
 *   on 1 public example, 3 placeholders; trufflehog's 25 is a prefix of the real 32);
 * - license (ingest) keys: 32 lower-case hex + `FFFFNRAL`, or `eu01xx` + 26 hex + `FFFFNRAL` for EU
 *   accounts, 40 characters: send any data to the account (checked on 8 public examples, 1 placeholder).
 * Browser keys (`NRJS-` + 19 hex) are public by design: the browser agent ships them in every page.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { CLASS, startBoundary } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const revokeUrl = 'https://one.newrelic.com/api-keys';
const LICENSE_ENV = 'NEW_RELIC_LICENSE_KEY';

/** Both letters and digits: typed words (`NRAK-YOURAPIKEYHERE…`) have no digit. */
const lettersAndDigits = (token: string): boolean => /[A-Z].*[0-9]|[0-9].*[A-Z]/.test(token.slice(5));

const licenseKey: Rule = {
  id: 'newrelic-license-key',
  provider: 'New Relic',
  description: 'New Relic license (ingest) key',
  keywords: ['ffffnral'],
  // No literal prefix: the fixed `FFFFNRAL` tail is the keyword, so this only runs on text holding
  // it. Both forms open with 6 characters (hex, or `eu01xx`), after which the start is tested.
  pattern: new RegExp(`(?:[0-9a-f]{6}|eu01xx)${startBoundary(CLASS.base64url, 6)}[0-9a-f]{26}FFFFNRAL(?!${CLASS.base64url})`, 'g'),
  severity: 'block',
  validation: '32 lower-case hex (or eu01xx + 26 hex) + FFFFNRAL, 40 characters',
  remediation: { revokeUrl, envVar: LICENSE_ENV },
  samples() {
    const r = seededRandom('newrelic-license-key');
    const key = `${r.chars(32, HEX)}FFFFNRAL`;
    return {
      positives: [...inContexts(key, LICENSE_ENV), `license_key: 'eu01xx${r.chars(26, HEX)}FFFFNRAL',`, `newrelic.ConfigLicense("${r.chars(32, HEX)}FFFFNRAL"),`],
      negatives: [
        ...indirections(LICENSE_ENV),
        `${LICENSE_ENV}="...FFFFNRAL"`,
        `license_id: ${key.slice(1)}`,
      ],
    };
  },
};

export const newrelicRules: readonly Rule[] = [
  prefixedRule({
    id: 'newrelic-user-api-key',
    provider: 'New Relic',
    description: 'New Relic user API key',
    prefixes: ['NRAK-'],
    body: '[A-Z0-9]{27}',
    validate: lettersAndDigits,
    validation: 'NRAK- + 27 upper-case alphanumerics with letters and digits',
    remediation: { revokeUrl, envVar: 'NEW_RELIC_API_KEY' },
    sampleBody: (r) => r.chars(25, UPPER_ALNUM) + r.chars(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.chars(1, '0123456789'),
    positives: (key) => [`"dev.expense.frontend.newrelic.key" = "${key}"`],
    negatives: () => ['NEW_RELIC_API_KEY="NRAK-YOURAPIKEYHEREXXXXXXXXXXXX"', `NEW_RELIC_API_KEY=NRAK-${'ABCDEFGHIJKLMNOPQRSTUVWXYZA'}`],
  }),
  prefixedRule({
    id: 'newrelic-insights-key',
    provider: 'New Relic',
    description: 'New Relic Insights insert or query key',
    prefixes: ['NRII-', 'NRIQ-'],
    body: `${CLASS.base64url}{32}`,
    validation: 'NRII-/NRIQ- + 32 base64url characters',
    remediation: { revokeUrl, envVar: 'NEW_RELIC_INSERT_KEY' },
    sampleBody: (r) => r.chars(32, ALPHABET.base64url),
    positives: (key) => [`headers.set("X-Insert-Key","${key}");`],
    negatives: (_key, r) => [`NEW_RELIC_BROWSER_KEY=NRJS-${r.chars(19, HEX)}`, ':local NRAPIKEY "NRII-Abc123"'],
  }),
  licenseKey,
];
