/**
 * Fly.io tokens (https://fly.io/docs/security/tokens/; gitleaks flyio.go, trufflehog flyio).
 * - Macaroon tokens from `fly tokens create` / `fly auth token`: `fm2_` + base64 (msgpack), often
 *   several joined by commas and sent as `Authorization: FlyV1 fm2_…,fm2_…`; 500–700 characters in
 *   all per trufflehog. The whole comma-joined list is one credential, reported once. Checked on 1
 *   real token in public code (its visible part starts `fm2_lJPE`, 8 placeholders such as `FlyV1
 *   fm2_FAKE0000…` or `fm2_example`); the rule asks for at least 100 base64 characters, which no
 *   placeholder had.
 * - Legacy personal tokens: `fo1_` + 43 base64url (gitleaks; no real example in public code,
 *   1 placeholder `fo1_...`).
 * No checksum in either (the macaroon's signature is checked by Fly.io only).
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const REVOKE = 'https://fly.io/user/personal_access_tokens';
const USAGE = 'https://fly.io/docs/security/tokens/';
const MACAROON = '[A-Za-z0-9+/]{100,2000}={0,2}';

export const flyioRules: readonly Rule[] = [
  prefixedRule({
    id: 'flyio-macaroon-token',
    provider: 'Fly.io',
    description: 'Fly.io macaroon token (fm2_, deploy/org/auth token)',
    prefixes: ['fm2_'],
    // `,fm2_` starts each further macaroon: a literal, so the repetition cannot backtrack.
    body: `${MACAROON}(?:,fm2_${MACAROON}){0,8}`,
    // A comma too: the second macaroon of a list is not a token of its own; `_`/`-`: inside base64url.
    boundary: '[A-Za-z0-9,_-]',
    end: '(?![A-Za-z0-9+/=])',
    validation: 'fm2_ + 100–2000 base64 characters, optionally more ,fm2_… macaroons',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'FLY_API_TOKEN' },
    sampleBody: (r) => `lJPE${r.chars(300, ALPHABET.base64)}==,fm2_lJPO${r.chars(280, ALPHABET.base64)}`,
    fixedLength: false,
    positives: (token) => [`fetch(url, { headers: { Authorization: "FlyV1 ${token}" } })`],
    negatives: () => [`const FLY_AUTH = "FlyV1 fm2_${'FAKE0000'.repeat(7)}";`, 'assert_eq!(fly_auth("fm2_example"), "FlyV1 fm2_example");'],
  }),
  prefixedRule({
    id: 'flyio-access-token',
    provider: 'Fly.io',
    description: 'Fly.io legacy personal access token (fo1_)',
    prefixes: ['fo1_'],
    body: `${CLASS.base64url}{43}`,
    boundary: CLASS.base62,
    end: `(?!${CLASS.base64url})`,
    validation: 'fo1_ + 43 base64url characters',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'FLY_ACCESS_TOKEN' },
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
    negatives: () => ["placeholder: 'fo1_...'", 'st.image("tumblr_mg4rofgfuY1qc8m6fo1_500.gif")'],
  }),
];
