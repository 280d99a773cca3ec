/**
 * AWS secret access keys (secret-formats.md §6; gitleaks aws_secret.go): 40 characters of
 * `[A-Za-z0-9+/]` without prefix or checksum — the same shape as countless hashes and ids — so only
 * reported right after an `aws_secret_access_key` / `SecretAccessKey` / `aws_secret_key` label. The
 * AWS documentation pair (`wJalrXUtnFEMI/…EXAMPLEKEY`) is a placeholder (`EXAMPLE`, placeholder.ts).
 */
import type { Rule } from '../types.js';
import { isPublicDocsSample } from './docsSamples.js';
import { ASSIGN } from './labels.js';
import { labelKeywords, labelSource } from './labelWords.js';
import { labelledContexts } from './labelledSamples.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const ENV_VAR = 'AWS_SECRET_ACCESS_KEY';
/** `aws_secret_access_key`, `AWS_SECRET_ACCESS_KEY`, `SecretAccessKey`, `secretAccessKey`, `aws_secret_key`. */
const LABELS = [
  [['secret'], ['access'], ['key']],
  [['aws'], ['secret'], ['key']],
];
const LABEL = `(?:${LABELS.map(labelSource).join('|')})`;

/**
 * 30 random bytes in base64: both cases, and a digit, `+` or `/`, miss with probability ~3e-4 in
 * all; a 40-letter identifier (`getSecretAccessKeyFromTheEnvironmentVars`) or 40 hex digits fail.
 */
function looksRandom(secret: string): boolean {
  return /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9+/]/.test(secret);
}

export const awsSecretRules: readonly Rule[] = [
  {
    id: 'aws-secret-access-key',
    provider: 'AWS',
    description: 'AWS secret access key (next to an aws_secret_access_key / SecretAccessKey label)',
    keywords: LABELS.flatMap(labelKeywords),
    // `aws configure set aws_secret_access_key <key>` separates label and value by a space only.
    pattern: new RegExp(`${LABEL}(?:${ASSIGN}|[ \\t]{1,4})([A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])`, 'g'),
    secretGroup: 1,
    // MinIO's play.min.io sandbox key sits under the same labels (docsSamples.ts).
    validate: (secret) => looksRandom(secret) && !isPublicDocsSample(secret),
    severity: 'block',
    validation: '40 base64 characters (both cases, a digit or +/) right after an AWS secret-key label; not the docs example nor a public sandbox key',
    remediation: {
      revokeUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      usageUrl: 'https://console.aws.amazon.com/cloudtrail/home#/events',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('aws-secret-access-key');
      const secret = (length = 40): string => `${r.chars(length - 3, ALPHABET.base64)}a/Z`;
      const docs = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY';
      return {
        positives: [
          ...labelledContexts(secret(), ENV_VAR),
          `[default]\naws_access_key_id = AKIA\${ID}\naws_secret_access_key = ${secret()}\n`,
          `{"AccessKey": {"UserName": "ci", "SecretAccessKey": "${secret()}", "Status": "Active"}}`,
          `new S3Client({ credentials: { accessKeyId: id, secretAccessKey: '${secret()}' } });`,
          `aws configure set aws_secret_access_key ${secret()}`,
          `ansible: { aws_secret_key: "${secret()}" }`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${docs}`,
          `aws_secret_access_key = ${docs}`,
          `${ENV_VAR}=${r.chars(40, '0123456789abcdef')}`,
          `secretAccessKey: credentials.secretAccessKey,`,
          `const getSecretAccessKeyFromTheEnvironment = secretAccessKey || getSecretAccessKeyFromTheEnvironment();`,
          `secret_access_key: ${'x'.repeat(40)}`,
          `checksum = ${secret()}`,
          // MinIO's public play.min.io sandbox key (issue 12), split so no scanner reads it here.
          `secretAccessKey := "${['zuf+tfteSlswRu7', 'BJ86wekitnifILb', 'Zam1KYY3TG'].join('')}"`,
        ],
      };
    },
  },
];
