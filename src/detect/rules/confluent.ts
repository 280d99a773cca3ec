/**
 * Confluent Cloud API keys (https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html;
 * gitleaks confluent.go, trufflehog confluent, kingfisher confluent.yml): a 16-character key id
 * (upper-case letters and digits, an identifier) and a 64-character secret of base64 characters.
 * Only the secret is a secret, and it has no prefix, so it counts only right after a Confluent
 * secret label (`CONFLUENT_CLOUD_API_SECRET=`, `CCLOUD_API_SECRET=`, `confluent_api_secret:`) or
 * as the SASL password of a client config naming confluent.cloud within 300 characters
 * (`sasl.password=`, JAAS `password="…"`). No checksum.
 */
import type { Rule } from '../types.js';
import { labelledContexts } from './labelledSamples.js';
import { ASSIGN, anyCase, near } from './labels.js';
import { looksRandom } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const ENV_VAR = 'CONFLUENT_CLOUD_API_SECRET';
const SECRET = '[A-Za-z0-9+/]{64}';
const LABEL = `${labelSource([['confluent', 'ccloud'], ['', 'cloud', 'kafka'], ['', 'api'], ['secret']])}${ASSIGN}`;
/** `sasl.password=…` (librdkafka, Java properties) or JAAS `password="…"`, Confluent host nearby. */
const SASL = `(?:${anyCase('sasl')}[._]${anyCase('password')}${ASSIGN}|(?<![A-Za-z0-9_])password="|sasl_password${ASSIGN})${near('confluent', 300, 24)}`;

export const confluentRules: readonly Rule[] = [
  {
    id: 'confluent-api-secret',
    provider: 'Confluent',
    description: 'Confluent Cloud API secret',
    keywords: ['confluent', 'ccloud'],
    // SASL ends in near(): "confluent" within 300 characters of the label, searched only where a label matched.
    pattern: new RegExp(`(?:${LABEL}|${SASL})(${SECRET})(?![A-Za-z0-9+/=])`, 'g'),
    secretGroup: 1,
    validate: looksRandom,
    severity: 'block',
    validation: '64 base64 characters right after a Confluent API secret label, or the SASL password near a confluent.cloud host',
    remediation: { revokeUrl: 'https://confluent.cloud/settings/api-keys', usageUrl: 'https://docs.confluent.io/cloud/current/monitoring/audit-logging/cloud-audit-log-concepts.html', envVar: ENV_VAR },
    samples() {
      const r = seededRandom('confluent-api-secret');
      const secret = (): string => r.chars(64, ALPHABET.base64);
      const good = secret();
      return {
        positives: [
          ...labelledContexts(good, ENV_VAR),
          `CCLOUD_API_SECRET=${secret()}`,
          `bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092\nsasl.mechanisms=PLAIN\nsasl.username=ABCDEFGH12345678\nsasl.password=${secret()}`,
          `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="ABCDEFGH12345678" password="${secret()}"; # pkc-4r297.confluent.cloud`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          // Wrong lengths under a neutral name: under the secret's variable the generic rule reports them.
          `confluent_cluster=${good.slice(0, -1)}`,
          `confluent_cluster=${good}A`,
          `${ENV_VAR}=${'Ab1+'.repeat(16)}`,
          `CONFLUENT_CLUSTER=${good.slice(0, 16).toUpperCase()}`,
        ],
      };
    },
  },
];
