/**
 * Coinbase Developer Platform (CDP) API key secrets (https://docs.cdp.coinbase.com/get-started/
 * authentication/cdp-api-keys): the key id is a UUID or `organizations/<uuid>/apiKeys/<uuid>`
 * (identifiers); the secret is an Ed25519 key as 88 base64 characters (64 bytes) or, for ECDSA keys,
 * a PEM block labelled "EC PRIVATE KEY", which the private-key rules already report. Legacy
 * Coinbase API secrets are 32 alphanumerics (gitleaks coinbase.go, kingfisher coinbase.yml). None has a
 * prefix, so only a value right after a Coinbase/CDP secret label counts (CDP_API_KEY_SECRET,
 * COINBASE_API_SECRET, coinbase_private_key). Checked on public code (find_string
 * `CDP_API_KEY_SECRET=`): 10 hits, all placeholders. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'CDP_API_KEY_SECRET';
const LABEL = labelSource([['coinbase', 'cdp'], ['', 'api', 'commerce', 'exchange'], ['', 'key'], ['secret', 'private']]);

export const coinbaseRules: readonly Rule[] = [
  labelledRule({
    id: 'coinbase-api-key-secret',
    provider: 'Coinbase',
    description: 'Coinbase / CDP API key secret',
    keywords: ['coinbase', 'cdp_', 'cdp-', 'cdpapi', 'cdpsecret'],
    lead: `${LABEL}(?:[_-]?${labelSource([['key']])})?${ASSIGN}`,
    body: '(?:[A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32})',
    validation: 'Ed25519 secret (88 base64, 64 bytes) or legacy 32 alphanumerics right after a Coinbase/CDP secret label',
    remediation: {
      revokeUrl: 'https://portal.cdp.coinbase.com/projects/api-keys',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => `${r.chars(86, ALPHABET.base64)}==`,
    contexts: (secret, r) => [
      ...labelledContexts(ENV_VAR, 'cdpApiKeySecret', 'cdp_api_key_secret', secret),
      `COINBASE_API_SECRET=${r.chars(32, ALPHABET.base62)}`,
      `COINBASE_PRIVATE_KEY="${secret}"`,
    ],
    negatives: () => ['CDP_API_KEY_ID=organizations/your-org-id/apiKeys/your-key-id', 'CDP_API_KEY_SECRET=your-api-key-secret'],
  }),
];
