/**
 * Bitbucket Cloud credentials. App passwords (https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/;
 * trufflehog bitbucketapppassword): `ATBB` + 24 base62 + 8 upper-case hex, the CRC-32 of everything
 * before them — the layout of Atlassian's `ATATT` tokens (atlassian.ts); the CRC was verified on 4
 * real app passwords committed to public code (36 characters each), 0 placeholders matched.
 * Repository, project and workspace access tokens
 * (https://support.atlassian.com/bitbucket-cloud/docs/repository-access-tokens/) are `ATCTT3xFfGN0` +
 * base64url + `=` + the same CRC-32: verified on 2 real tokens (192 characters), both used against
 * bitbucket.org. Atlassian organization admin keys share the prefix (atlassian.ts reports them by
 * shape), so this rule needs "bitbucket" within 300 characters and then wins that span.
 */
import type { Rule } from '../types.js';
import { crc32 } from '../checksum/crc32.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, shift } from './sampleKit.js';

const HEX_UPPER = '0123456789ABCDEF';
const ACCESS_PREFIX = 'ATCTT3xFfGN0';

const checksum = (payload: string): string => crc32(payload).toString(16).toUpperCase().padStart(8, '0');
/** The last 8 characters are the CRC-32 of all before them, prefix included. */
const hasValidCrc = (token: string): boolean => token.slice(-8) === checksum(token.slice(0, -8));
/** A body for `prefix` whose CRC-32 holds. */
const withCrc = (prefix: string, payload: string): string => payload + checksum(prefix + payload);

const badCrc = (token: string): string => token.slice(0, -8) + shift(token.slice(-8), HEX_UPPER);

export const bitbucketRules: readonly Rule[] = [
  prefixedRule({
    id: 'bitbucket-app-password',
    provider: 'Bitbucket',
    description: 'Bitbucket app password',
    prefixes: ['ATBB'],
    body: `${CLASS.base62}{24}[0-9A-F]{8}`,
    validate: hasValidCrc,
    validation: 'ATBB + 24 base62 + 8 upper-case hex CRC-32 of everything before it (36 in all)',
    remediation: {
      revokeUrl: 'https://bitbucket.org/account/settings/app-passwords/',
      usageUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/view-audit-logs/',
      envVar: 'BITBUCKET_APP_PASSWORD',
    },
    sampleBody: (r) => withCrc('ATBB', r.chars(24, ALPHABET.base62)),
    positives: (token) => [
      `git clone https://jdoe:${token}@bitbucket.org/acme/app.git`,
      `auth = ("jdoe", "${token}")`,
    ],
    negatives: (token) => [`BITBUCKET_APP_PASSWORD=${badCrc(token)}`, 'class ATBBattleHUD : public AHUD {}'],
  }),
  {
    ...prefixedRule({
    id: 'bitbucket-access-token',
    provider: 'Bitbucket',
    description: 'Bitbucket repository, project or workspace access token',
    prefixes: [ACCESS_PREFIX],
    body: `${CLASS.base64url}{100,300}=[0-9A-F]{8}`,
    end: `(?!${CLASS.base64url})${near('bitbucket', 300, 330)}`,
    keywords: ['bitbucket'],
    needsContext: true,
    fixedLength: false,
    validate: hasValidCrc,
    validation: 'ATCTT3xFfGN0 + 100–300 base64url + = + CRC-32 of everything before it, "bitbucket" within 300 characters',
    remediation: {
      revokeUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/revoke-a-repository-access-token/',
      usageUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/view-audit-logs/',
      envVar: 'BITBUCKET_TOKEN',
    },
    sampleBody: (r) => withCrc(ACCESS_PREFIX, r.chars(168, ALPHABET.base64url) + '='),
    positives: (token) => [
      `git clone https://x-token-auth:${token}@bitbucket.org/acme/app.git`,
      `curl -H "Authorization: Bearer ${token}" https://api.bitbucket.org/2.0/repositories/acme`,
    ],
  }),
    // Same span as atlassian-admin-api-key (listed earlier, shape only): with Bitbucket named, it is this.
    supersedes: ['atlassian-admin-api-key'],
  },
];
