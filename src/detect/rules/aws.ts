/**
 * AWS access key ids (secret-formats.md §6; gitleaks aws.go, https://awsteele.com/blog/2020/09/26/
 * aws-access-key-format.html): a 4-letter prefix + 16 characters of the RFC 4648 base32 alphabet.
 * Only the prefixes that identify a credential are matched; `AIDA`, `AROA`, … are plain identifiers.
 * There is no checksum (AWS ignores edits to the trailing characters).
 */
import type { Rule } from '../types.js';
import { BASE32_ALPHABET, encodeBase32 } from '../checksum/base32.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA'];
const ENV_VAR = 'AWS_ACCESS_KEY_ID';
/** AWS documentation ids all end in EXAMPLE (`…7EXAMPLE`); gitleaks allowlists the same. */
const DOCS_SUFFIX = 'EXAMPLE';

/**
 * The account an access key id names: its 16 characters are base32 of 10 bytes, whose first 6 hold
 * the 12-digit account id in bits 7–46 (the awsteele.com post above; ids issued since 2019). Checked
 * on 6 ids in pulumi/examples' READMEs, each decoding to the account of the role ARN beside it
 * (issue 12's eleventh sweep).
 */
function accountOf(id: string): number {
  let value = 0;
  for (const char of id.slice(4, 14)) value = value * 32 + BASE32_ALPHABET.indexOf(char);
  // 50 bits read; the top 48 are the 6 bytes. Below 2^53, so plain numbers are exact.
  const bytes = Math.floor(value / 4);
  return Math.floor((bytes % 2 ** 47) / 128);
}

/**
 * Accounts no real key belongs to: LocalStack's default (000000000000) and the AWS documentation's
 * (123456789012). LocalStack's and its users' tests build ids for them (localstack: 6 blocks in issue
 * 12's eleventh sweep).
 */
const PLACEHOLDER_ACCOUNTS = new Set([0, 123456789012]);

/** An id of `account`, as the samples need: 7 random bits below the account, 4 random bytes after. */
function idOfAccount(prefix: string, account: number, random: () => number): string {
  const high = account * 128 + (random() & 127);
  const bytes = [5, 4, 3, 2, 1, 0].map((shift) => Math.floor(high / 256 ** shift) % 256);
  return prefix + encodeBase32(Uint8Array.from([...bytes, random() & 255, random() & 255, random() & 255, random() & 255]));
}

export const awsRules: readonly Rule[] = [
  {
    id: 'aws-access-key-id',
    provider: 'AWS',
    description: 'AWS access key id (long-term AKIA or temporary ASIA/ABIA/ACCA)',
    keywords: PREFIXES.map((p) => p.toLowerCase()),
    ...tokenFields({ prefixes: PREFIXES, body: '[A-Z2-7]{16}', boundary: CLASS.word }),
    validate: (secret) => !secret.endsWith(DOCS_SUFFIX) && !PLACEHOLDER_ACCOUNTS.has(accountOf(secret)),
    severity: 'block',
    validation: 'AKIA/ASIA/ABIA/ACCA + 16 base32 characters, not an AWS docs …EXAMPLE id, not of account 000000000000 or 123456789012',
    remediation: {
      revokeUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      usageUrl: 'https://console.aws.amazon.com/cloudtrail/home#/events',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('aws-access-key-id');
      const id = (prefix = 'AKIA', length = 16): string => prefix + r.chars(length, ALPHABET.base32);
      const byte = (): number => parseInt(r.chars(2, '0123456789abcdef'), 16);
      return {
        positives: [
          ...inContexts(id(), ENV_VAR),
          // A real account's id, one digit away from the docs' placeholder.
          `aws_access_key_id = ${idOfAccount('AKIA', 123456789013, byte)}`,
          `[default]\naws_access_key_id = ${id('ASIA')}\n`,
          `"AccessKeyId": "${id('ABIA')}",`,
          `key_id: ${id('ACCA')}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=AKIA${'IOSFODNN7'}${DOCS_SUFFIX}`,
          `${ENV_VAR}=${id('AKIA', 9)}${DOCS_SUFFIX}`,
          `${ENV_VAR}=${id('AKIA', 15)}`,
          `${ENV_VAR}=${id('AKIA', 17)}`,
          `${ENV_VAR}=${id('AKIA', 15)}0`,
          `${ENV_VAR}=AKIA${'X'.repeat(16)}`,
          `role_id=${id('AROA')}`,
          `hash=9f${id()}`,
          // Ids of LocalStack's and the AWS docs' placeholder accounts.
          `aws_access_key_id="${idOfAccount('AKIA', 0, byte)}", aws_secret_access_key="something"`,
          `"${idOfAccount('ASIA', 123456789012, byte)}" => "123456789012"`,
        ],
      };
    },
  },
];
