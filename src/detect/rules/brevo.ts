/**
 * Brevo (formerly Sendinblue) keys (https://help.brevo.com/hc/en-us/articles/209467485): API keys
 * `xkeysib-` and SMTP keys `xsmtpsib-`, each + 64 lower-case hex + `-` + 16 alphanumerics (gitleaks
 * sendinblue.go). Checked on 7 public examples of these shapes (find_string `xkeysib-`, `xsmtpsib-`),
 * 9 placeholders (`xkeysib-xxxxx`, `xsmtpsib-...`). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const HEX = '0123456789abcdef';
const BODY = `[0-9a-f]{64}-${CLASS.base62}{16}`;
const REVOKE = 'https://app.brevo.com/settings/keys/api';
const body = (r: SampleRandom): string => `${r.chars(64, HEX)}-${r.chars(16, ALPHABET.base62)}`;

export const brevoRules: readonly Rule[] = [
  prefixedRule({
    id: 'brevo-api-key',
    provider: 'Brevo',
    description: 'Brevo (Sendinblue) API key',
    prefixes: ['xkeysib-'],
    body: BODY,
    validation: 'xkeysib- + 64 lower-case hex + - + 16 alphanumerics',
    remediation: { revokeUrl: REVOKE, usageUrl: 'https://app.brevo.com/security/authorised-ips', envVar: 'BREVO_API_KEY' },
    sampleBody: body,
    positives: (key) => [`$header = array('Accept: application/json', 'api-key: ${key}');`],
  }),
  prefixedRule({
    id: 'brevo-smtp-key',
    provider: 'Brevo',
    description: 'Brevo (Sendinblue) SMTP key',
    prefixes: ['xsmtpsib-'],
    body: BODY,
    validation: 'xsmtpsib- + 64 lower-case hex + - + 16 alphanumerics',
    remediation: { revokeUrl: 'https://app.brevo.com/settings/keys/smtp', envVar: 'BREVO_SMTP_KEY' },
    sampleBody: body,
    positives: (key) => [`$mail->Password = '${key}';`],
  }),
];
