/**
 * Square credentials (https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks
 * square.go, kingfisher square.yml). Three shapes:
 * - OAuth/personal access tokens: `EAAA` + 60 base64url (64 in all). Meta/Facebook tokens start
 *   `EAA` too and DER/base64 blobs hold `EAAA` runs, so `square` must appear within 300 characters.
 * - legacy access tokens `sq0atp-` + 22 base64url, and OAuth application secrets `sq0csp-` + 43
 *   base64url: distinctive prefixes, found anywhere. `sq0idp-` (application id) is public: not reported.
 * Checked on public code (find_string, this session): `sq0csp-` 1 real-shaped example and 2
 * placeholders (`sq0csp-KERA_PROD_SECRET`), `sq0atp-` only scanner regexes (22 in all of them). No checksum.
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const REMEDIATION = {
  revokeUrl: 'https://developer.squareup.com/apps',
  usageUrl: 'https://developer.squareup.com/docs/devtools/api-logs',
  envVar: 'SQUARE_ACCESS_TOKEN',
};

export const squareRules: readonly Rule[] = [
  prefixedRule({
    id: 'square-access-token',
    provider: 'Square',
    description: 'Square access token (EAAA…) near the word Square',
    prefixes: ['EAAA'],
    body: `${CLASS.base64url}{60}`,
    end: `(?!${CLASS.base64url})${near('square', 300, 64)}`,
    keywords: ['square'],
    needsContext: true,
    validation: 'EAAA + 60 base64url characters (64 in all) with "square" within 300 characters',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(60, ALPHABET.base64url),
    positives: (token) => [`const client = new SquareClient({ token: "${token}" });`, `square:\n  access_token: ${token}\n`],
    negatives: (token) => [`page_ref = "${token}"  # Meta Graph API`, `blob = "${token}"`],
  }),
  prefixedRule({
    id: 'square-legacy-access-token',
    provider: 'Square',
    description: 'Square legacy access token (sq0atp-)',
    prefixes: ['sq0atp-'],
    body: `${CLASS.base64url}{22}`,
    validation: 'sq0atp- + 22 base64url characters',
    remediation: REMEDIATION,
    sampleBody: (r) => r.chars(22, ALPHABET.base64url),
    negatives: (_token, r) => [`SQUARE_APPLICATION_ID=sq0idp-${r.chars(22, ALPHABET.base64url)}`],
  }),
  prefixedRule({
    id: 'square-oauth-secret',
    provider: 'Square',
    description: 'Square OAuth application secret (sq0csp-)',
    prefixes: ['sq0csp-'],
    body: `${CLASS.base64url}{43}`,
    validation: 'sq0csp- + 43 base64url characters',
    remediation: { ...REMEDIATION, envVar: 'SQUARE_APPLICATION_SECRET' },
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
    negatives: () => ['SQUARE_APPLICATION_SECRET=sq0csp-KERA_PROD_SECRET'],
  }),
];
