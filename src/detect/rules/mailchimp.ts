/**
 * Mailchimp Marketing API keys (https://mailchimp.com/developer/marketing/guides/quick-start/):
 * 32 lower-case hex + `-us` + the data-centre number (`-us7`, `-us21`); gitleaks mailchimp.go
 * requires the name nearby too. A hex digest with a `-us1` suffix can be a cache or file name, so
 * "mailchimp" must appear within 300 characters. Checked on public code (find_string
 * `MAILCHIMP_API_KEY=`): 10 hits, all placeholders (`[key]-us7`, `your-api-key`). No checksum.
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS, startBoundary } from './pattern.js';
import { seededRandom } from './sampleKit.js';

const ENV_VAR = 'MAILCHIMP_API_KEY';
const HEX = '0123456789abcdef';

export const mailchimpRules: readonly Rule[] = [
  {
    id: 'mailchimp-api-key',
    provider: 'Mailchimp',
    description: 'Mailchimp Marketing API key',
    keywords: ['mailchimp'],
    pattern: new RegExp(`${startBoundary(CLASS.base64url, 0)}[0-9a-f]{32}-us[0-9]{1,2}(?!${CLASS.base64url})${near('mailchimp', 300, 37)}`, 'g'),
    severity: 'block',
    validation: '32 lower-case hex + -us + 1–2 digits with "mailchimp" within 300 characters',
    remediation: {
      revokeUrl: 'https://us1.admin.mailchimp.com/account/api/',
      usageUrl: 'https://us1.admin.mailchimp.com/account/api/',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('mailchimp-api-key');
      const key = (dc = '21'): string => `${r.chars(32, HEX)}-us${dc}`;
      return {
        positives: [
          `${ENV_VAR}=${key()}`,
          `mailchimp.setConfig({ apiKey: "${key('7')}", server: "us7" });`,
          `client = MailchimpMarketing.Client()\nclient.set_config({"api_key": "${key()}", "server": "us21"})`,
        ],
        negatives: [
          `${ENV_VAR}=\${${ENV_VAR}}`,
          `${ENV_VAR}=[key]-us7`,
          `${ENV_VAR}=your-api-key-us7`,
          `cache_file = "${key('1')}.json"`,
        ],
      };
    },
  },
];
