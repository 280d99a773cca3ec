/**
 * Atlassian API tokens (secret-formats.md §0.4, §42; gitleaks atlassian.go, trufflehog atlassian/v2).
 * User tokens: `ATATT3xFfGF0` + base64url + `=` + 8 upper-case hex, the CRC-32 of everything before
 * them, `=` included (verified on 6 leaked tokens, 192 characters each; Atlassian says lengths vary,
 * so 100–300 body characters are accepted). Organization admin keys (`ATCTT3xFfG…`) have the same
 * layout, but the one public sample fails the CRC, so for them the shape is all that is checked.
 */
import type { Rule } from '../types.js';
import { crc32 } from '../checksum/crc32.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, shift } from './sampleKit.js';

const BODY = `${CLASS.base64url}{100,300}=[0-9A-F]{8}`;
const HEX_UPPER = '0123456789ABCDEF';
const REVOKE = 'https://id.atlassian.com/manage-profile/security/api-tokens';
const AUDIT = 'https://admin.atlassian.com';

function checksum(payload: string): string {
  return crc32(payload).toString(16).toUpperCase().padStart(8, '0');
}

/** The token minus its last 8 characters, CRC-32'd, gives those 8 characters. */
function hasValidCrc(token: string): boolean {
  return token.slice(-8) === checksum(token.slice(0, -8));
}

const withCrc = (payload: string): string => payload + checksum(payload);

export const atlassianRules: readonly Rule[] = [
  prefixedRule({
    id: 'atlassian-api-token',
    provider: 'Atlassian',
    description: 'Atlassian API token (Jira, Confluence, Bitbucket Cloud)',
    prefixes: ['ATATT3xFfGF0'],
    body: BODY,
    validate: hasValidCrc,
    validation: 'ATATT3xFfGF0 + 100–300 base64url + = + 8 upper-case hex CRC-32 of everything before it',
    remediation: { revokeUrl: REVOKE, usageUrl: AUDIT, envVar: 'JIRA_API_TOKEN' },
    sampleBody: (r) => withCrc('ATATT3xFfGF0' + r.chars(171, ALPHABET.base64url) + '=').slice('ATATT3xFfGF0'.length),
    positives: (token) => [
      `jira = JIRA(server="https://acme.atlassian.net", basic_auth=("me@acme.io", "${token}"))`,
      `CONFLUENCE_API_TOKEN=${token}`,
    ],
    negatives: (token) => [
      `JIRA_API_TOKEN=${token.slice(0, -8)}${shift(token.slice(-8), HEX_UPPER)}`,
      `JIRA_API_TOKEN=${token.slice(0, -8)}${token.slice(-8).toLowerCase()}`,
      'JIRA_API_TOKEN=ATATT3xFfGF0-EXAMPLE-NOT-A-REAL-TOKEN',
    ],
  }),
  prefixedRule({
    id: 'atlassian-admin-api-key',
    provider: 'Atlassian',
    description: 'Atlassian organization admin API key',
    prefixes: ['ATCTT3xFfG'],
    body: BODY,
    validation: 'ATCTT3xFfG + 100–300 base64url + = + 8 upper-case hex (checksum unconfirmed, not checked)',
    remediation: { revokeUrl: 'https://admin.atlassian.com', usageUrl: AUDIT, envVar: 'ATLASSIAN_ADMIN_API_KEY' },
    sampleBody: (r) => 'N0' + r.chars(171, ALPHABET.base64url) + '=' + r.chars(8, HEX_UPPER),
    positives: (key) => [`curl -H "Authorization: Bearer ${key}" https://api.atlassian.com/admin/v1/orgs`],
  }),
];
