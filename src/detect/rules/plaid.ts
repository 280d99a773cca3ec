/**
 * Plaid credentials (https://plaid.com/docs/api/#api-access, https://plaid.com/docs/api/items/):
 * - API secrets: 30 lower-case hex, no prefix (one per environment), reported right after a Plaid
 *   secret label (PLAID_SECRET, PLAID_SANDBOX_SECRET, plaid_production_secret); gitleaks plaid.go
 *   uses 30 characters too. Checked on public code (find_string `PLAID_SECRET=`): 10 hits, all placeholders.
 * - Item access tokens: `access-production-` / `access-development-` + UUID (gitleaks plaid-api-token):
 *   they read the account holder's bank data together with the client id and secret → block; the
 *   sandbox ones reach test data only and are left out. 8 public hits of `access-production-` were
 *   all fixtures or prose (no UUID), which this shape rejects. No checksum for either.
 */
import type { Rule } from '../types.js';
import { randomHex } from './labelledHex.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { labelSource } from './labelWords.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const ENV_VAR = 'PLAID_SECRET';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const REMEDIATION = { revokeUrl: 'https://dashboard.plaid.com/developers/keys', usageUrl: 'https://dashboard.plaid.com/activity/logs' };

const secretRule = labelledRule({
    id: 'plaid-secret',
    provider: 'Plaid',
    description: 'Plaid API secret',
    keywords: ['plaid'],
    lead: `${labelSource([['plaid'], ['', 'api', 'client', 'sandbox', 'development', 'production'], ['secret']])}${ASSIGN}`,
    body: '[0-9a-f]{30}',
    validation: '30 lower-case hex right after a Plaid secret label',
    remediation: { ...REMEDIATION, envVar: ENV_VAR },
    sampleSecret: (r) => r.chars(30, HEX),
    contexts: (secret) => [...labelledContexts(ENV_VAR, 'plaidSecret', 'plaid_secret', secret), `PLAID_PRODUCTION_SECRET=${secret}`],
    negatives: (secret) => [`PLAID_CLIENT_ID=${secret.slice(0, 24)}`, `PLAID_SECRET=your-plaid-secret`],
});

export const plaidRules: readonly Rule[] = [
  { ...secretRule, validate: randomHex },
  prefixedRule({
    id: 'plaid-access-token',
    provider: 'Plaid',
    description: 'Plaid Item access token (production or development)',
    prefixes: ['access-'],
    // Not `access-`: general rules yield to names holding a keyword (`access-token: …`).
    keywords: ['access-production-', 'access-development-'],
    body: `(?:production|development)-${UUID}`,
    validation: 'access-production- or access-development- + lower-case UUID',
    remediation: { ...REMEDIATION, revokeUrl: 'https://plaid.com/docs/api/items/#itemremove', envVar: 'PLAID_ACCESS_TOKEN' },
    sampleBody: (r) => `production-${uuidFrom(r.chars(32, HEX))}`,
    positives: (token) => [`response = client.accounts_get(AccountsGetRequest(access_token="${token.replace('production', 'development')}"))`],
    negatives: (token) => [`plaid_fixture: ${token.replace('production', 'sandbox')}`, 'token: access-production-fixture-token-0000000000000001'],
    boundary: CLASS.base64url,
  }),
];
