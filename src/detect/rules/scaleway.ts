/**
 * Scaleway API keys (https://www.scaleway.com/en/docs/iam/concepts/#api-key; trufflehog scalewaykey,
 * kingfisher scalewaykey.yml): an access key `SCW` + 17 upper-case letters and digits — an
 * identifier, like an AWS key id — and a secret key, a UUID. Only the secret is reported, right
 * after a Scaleway secret label (`SCW_SECRET_KEY=`, `scaleway_secret_key`) or as the `secret_key`
 * of the CLI's config file (`~/.config/scw/config.yaml`) within 200 characters after its
 * `SCW…` access key. No checksum. Checked on 1 real pair in public code, 9 placeholders
 * (`11111111-1111-…`, `<API secret key>`).
 */
import type { Rule } from '../types.js';
import { infraLabelledRule, UUID, uuidLooksRandom } from './infraLabels.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { anyCase } from './labels.js';
import type { SampleRandom } from './sampleKit.js';

const accessKey = (r: SampleRandom): string => `SCW${r.chars(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;

export const scalewayRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'scaleway-secret-key',
    provider: 'Scaleway',
    description: 'Scaleway API secret key',
    words: [['scw', 'scaleway'], ['secret'], ['', 'access'], ['key']],
    // The lookbehind sits after the label's literal, so it only runs where `secret_key` stands.
    otherLabels: [`${anyCase('secret')}[_-]?${anyCase('key')}(?<=SCW[A-Z0-9]{17}[\\s\\S]{0,210})`],
    keywords: ['scw', 'scaleway'],
    body: UUID,
    validate: uuidLooksRandom,
    validation: 'UUID labelled as a Scaleway secret key (SCW_SECRET_KEY=…, or secret_key after an SCW… access key)',
    remediation: {
      revokeUrl: 'https://console.scaleway.com/iam/api-keys',
      usageUrl: 'https://www.scaleway.com/en/docs/audit-trail/',
      envVar: 'SCW_SECRET_KEY',
    },
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX)),
    contexts: (secret, r) => [
      `access_key: ${accessKey(r)}\nsecret_key: ${secret}\ndefault_organization_id: ${uuidFrom(r.chars(32, HEX))}`,
      `export SCW_ACCESS_KEY=${accessKey(r)}\nexport SCW_SECRET_KEY=${secret}`,
    ],
    negatives: (secret) => [`SCW_DEFAULT_PROJECT_ID=${secret}`, 'export SCW_SECRET_KEY=11111111-1111-1111-1111-111111111111', 'SCW_SECRET_KEY=01234567-89ab-cdef-0123-456789abcdef'],
  }),
];
