/**
 * AWS access key ids (secret-formats.md §6; gitleaks aws.go, https://awsteele.com/blog/2020/09/26/
 * aws-access-key-format.html): a 4-letter prefix + 16 characters of the RFC 4648 base32 alphabet.
 * Only the prefixes that identify a credential are matched; `AIDA`, `AROA`, … are plain identifiers.
 * There is no checksum (AWS ignores edits to the trailing characters).
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA'];
const ENV_VAR = 'AWS_ACCESS_KEY_ID';
/** AWS documentation ids all end in EXAMPLE (`…7EXAMPLE`); gitleaks allowlists the same. */
const DOCS_SUFFIX = 'EXAMPLE';

export const awsRules: readonly Rule[] = [
  {
    id: 'aws-access-key-id',
    provider: 'AWS',
    description: 'AWS access key id (long-term AKIA or temporary ASIA/ABIA/ACCA)',
    keywords: PREFIXES.map((p) => p.toLowerCase()),
    ...tokenFields({ prefixes: PREFIXES, body: '[A-Z2-7]{16}', boundary: CLASS.word }),
    validate: (secret) => !secret.endsWith(DOCS_SUFFIX),
    severity: 'block',
    validation: 'AKIA/ASIA/ABIA/ACCA + 16 base32 characters, not an AWS docs …EXAMPLE id',
    remediation: {
      revokeUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      usageUrl: 'https://console.aws.amazon.com/cloudtrail/home#/events',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('aws-access-key-id');
      const id = (prefix = 'AKIA', length = 16): string => prefix + r.chars(length, ALPHABET.base32);
      return {
        positives: [
          ...inContexts(id(), ENV_VAR),
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
        ],
      };
    },
  },
];
