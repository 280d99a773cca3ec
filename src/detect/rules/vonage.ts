/**
 * Vonage (formerly Nexmo) API secrets (https://developer.vonage.com/en/getting-started/concepts/
 * authentication): the API key is 8 hex (an identifier), the secret 16 alphanumerics with no prefix,
 * so only a value right after a Vonage/Nexmo secret label counts (VONAGE_API_SECRET,
 * NEXMO_API_SECRET, vonage_secret). trufflehog nexmo.go uses 16 characters too. Checked on public
 * code (find_string `VONAGE_API_SECRET=`): 10 hits, all placeholders. No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'VONAGE_API_SECRET';

export const vonageRules: readonly Rule[] = [
  labelledRule({
    id: 'vonage-api-secret',
    provider: 'Vonage',
    description: 'Vonage (Nexmo) API secret',
    keywords: ['vonage', 'nexmo'],
    lead: `${labelSource([['vonage', 'nexmo'], ['', 'api', 'account'], ['secret']])}${ASSIGN}`,
    body: '[A-Za-z0-9]{16}',
    validation: '16 alphanumerics right after a Vonage/Nexmo secret label',
    remediation: {
      revokeUrl: 'https://dashboard.nexmo.com/settings',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(16, ALPHABET.base62),
    contexts: (secret) => [...labelledContexts(ENV_VAR, 'vonageApiSecret', 'vonage_api_secret', secret), `NEXMO_API_SECRET=${secret}`],
    negatives: (secret) => [`VONAGE_API_KEY=${secret.slice(0, 8).toLowerCase()}`, `VONAGE_API_SECRET=your_secret_here`],
  }),
];
