/**
 * JFrog Platform / Artifactory credentials (https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens;
 * gitleaks artifactory.go, trufflehog artifactoryreferencetoken, kingfisher artifactory.yml).
 * Reference tokens are base64 of `reftkn:01:<10-digit expiry or 0000000000>:<27 base62>`, 64
 * characters starting `cmVmdGtu`: decoded and checked on 10 tokens in public code (Jenkinsfiles,
 * `curl -u admin:…`): 9 decode so, the tenth has a letter in its expiry (an edited value, rejected). Legacy API keys are `AKCp` + 69 base62 (73 in all, gitleaks;
 * deprecated by JFrog since 2023, still committed). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const remediation = {
  revokeUrl: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/revoke-access-tokens',
  usageUrl: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/audit-trail',
};

/** `reftkn:01:` + expiry (seconds, or ten zeros for none) + `:` + the random part. */
const REFERENCE = /^reftkn:01:[0-9]{10}:[A-Za-z0-9]{27}$/;
const isReferenceToken = (token: string): boolean => REFERENCE.test(Buffer.from(token, 'base64').toString('latin1'));
const referenceToken = (random: string): string => Buffer.from(`reftkn:01:1767225600:${random}`).toString('base64');

export const jfrogRules: readonly Rule[] = [
  prefixedRule({
    id: 'jfrog-reference-token',
    provider: 'JFrog',
    description: 'JFrog Platform reference (access) token',
    prefixes: ['cmVmdGtu'],
    body: `${CLASS.base62}{56}`,
    validate: isReferenceToken,
    validation: 'base64 of reftkn:01:<10-digit expiry>:<27 base62> (64 characters, cmVmdGtu…)',
    remediation: { ...remediation, envVar: 'JFROG_ACCESS_TOKEN' },
    sampleBody: (r) => referenceToken(r.chars(27, ALPHABET.base62)).slice('cmVmdGtu'.length),
    positives: (token) => [`curl -u admin:${token} -T app.war https://acme.jfrog.io/artifactory/libs-release/`],
    negatives: (_token, r) => [
      `JFROG_ACCESS_TOKEN=${Buffer.from(`reftkn:02:1767225600:${r.chars(27, ALPHABET.base62)}`).toString('base64')}`,
      `JFROG_ACCESS_TOKEN=cmVmdGtu${r.chars(56, ALPHABET.base62)}`,
    ],
  }),
  prefixedRule({
    id: 'jfrog-api-key',
    provider: 'JFrog',
    description: 'JFrog Artifactory API key (legacy)',
    prefixes: ['AKCp'],
    body: `${CLASS.base62}{69}`,
    validation: 'AKCp + 69 base62 (73 in all)',
    remediation: { ...remediation, envVar: 'ARTIFACTORY_API_KEY' },
    sampleBody: (r) => r.chars(69, ALPHABET.base62),
    positives: (key) => [`curl -H "X-JFrog-Art-Api: ${key}" https://acme.jfrog.io/artifactory/api/repositories`],
    negatives: (key) => [`artifactory_build=AkCp${key.slice(4)}`],
  }),
];
