/**
 * GCP service-account key files (secret-formats.md §5; gitleaks gcp.go, trufflehog gcp). The secret
 * is the `private_key` PEM, which private-keys.ts finds too; this rule reports it as a service-account
 * key when the file's 40-hex `private_key_id` is its JSON neighbour — before it in gcloud/console
 * downloads, after it when keys are sorted (`jq -S`, Terraform `jsonencode`) — and `supersedes` the
 * generic finding, so one key gives one finding, with GCP remediation. A `-U0` diff of a rotated key
 * still holds both lines; `"type": "service_account"` is not required for that reason. PEMs in other
 * shapes (Python dicts, YAML, base64) stay private-key findings.
 */
import type { Rule } from '../types.js';
import { pemBegin, pemEnd } from './pemArmor.js';
import { privateKeyBody } from './privateKeyBody.js';
import { HEX } from './labelledSamples.js';
import { ALPHABET, seededRandom } from './sampleKit.js';

/** Longest escaped PEM accepted, as in private-keys.ts. */
const MAX_BODY = 32_768;
const KEY_ID = String.raw`"private_key_id"\s*:\s*"[0-9a-f]{40}"`;
const KEY = String.raw`"private_key"\s*:\s*"`;
/** One JSON string: base64 and `\n` escapes between the armor lines, never a quote. */
const PEM = String.raw`${pemBegin('PRIVATE KEY')}[A-Za-z0-9+/=\\]{64,${MAX_BODY}}${pemEnd('PRIVATE KEY')}`;
/** Neighbour check, after the opening quote of the value: id before (lookbehind) or after (lookahead). */
const NEXT_TO_ID = String.raw`(?:(?<=${KEY_ID}\s*,\s*${KEY})|(?=[^"]{64,${MAX_BODY + 64}}"\s*,\s*${KEY_ID}))`;

/** The usual download layout; `sorted` puts the keys in alphabetical order. */
function serviceAccountJson(keyId: string, pem: string, sorted: boolean, compact = false): string {
  const fields: [string, string][] = [
    ['type', 'service_account'],
    ['project_id', 'acme-prod-204517'],
    ['private_key_id', keyId],
    ['private_key', pem],
    ['client_email', 'deployer@acme-prod-204517.iam.gserviceaccount.com'],
    ['client_id', '104839572610394857261'],
    ['token_uri', 'https://oauth2.googleapis.com/token'],
  ];
  if (sorted) fields.sort(([a], [b]) => (a < b ? -1 : 1));
  const body = fields.map(([k, v]) => `"${k}": "${v}"`);
  return compact ? `{${body.join(',')}}` : `{\n  ${body.join(',\n  ')}\n}`;
}

export const gcpRules: readonly Rule[] = [
  {
    id: 'gcp-service-account-key',
    provider: 'Google Cloud',
    description: 'GCP service-account private key (JSON key file, also Firebase Admin SDK)',
    keywords: ['private_key_id'],
    pattern: new RegExp(`${KEY}${NEXT_TO_ID}(${PEM})`, 'g'),
    secretGroup: 1,
    validate: privateKeyBody,
    placeholderCheck: false,
    supersedes: ['private-key'],
    severity: 'block',
    validation: 'PKCS#8 PEM in "private_key" next to a 40-hex "private_key_id", with a plausible base64 body',
    remediation: {
      // Delete the key id in IAM → Service accounts → Keys (`gcloud iam service-accounts keys delete`).
      revokeUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
      usageUrl: 'https://console.cloud.google.com/logs/query',
      envVar: 'GOOGLE_APPLICATION_CREDENTIALS',
    },
    samples() {
      const r = seededRandom('gcp-service-account-key');
      const keyId = (): string => r.chars(40, HEX);
      const base64 = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${r.chars(1560, ALPHABET.base64)}`;
      const lines = base64.match(/.{1,64}/g) ?? [];
      const pem = (body = lines.join('\\n')): string => `${pemBegin('PRIVATE KEY')}\\n${body}\\n${pemEnd('PRIVATE KEY')}\\n`;
      return {
        positives: [
          serviceAccountJson(keyId(), pem(), false),
          serviceAccountJson(keyId(), pem(), true),
          serviceAccountJson(keyId(), pem(), false, true),
          `resource "local_file" "key" {\n  content = <<EOT\n${serviceAccountJson(keyId(), pem(), false)}\nEOT\n}`,
        ],
        negatives: [
          serviceAccountJson(keyId(), pem('...'), false),
          serviceAccountJson(keyId(), pem('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...'), true),
          serviceAccountJson('your-private-key-id', `${pemBegin('PRIVATE KEY')}\\nYOUR_KEY\\n${pemEnd('PRIVATE KEY')}\\n`, false),
          `{"type": "service_account", "private_key_id": "${keyId()}", "private_key": "\${GCP_PRIVATE_KEY}"}`,
          `credentials = {"private_key_id": os.environ["KEY_ID"], "private_key": os.environ["KEY"]}`,
        ],
      };
    },
  },
];
