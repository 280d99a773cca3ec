/**
 * Mandrill (Mailchimp Transactional) API keys (https://mailchimp.com/developer/transactional/guides/
 * quick-start/#generate-your-api-key): 22 base64url characters (16 bytes, so the last is one of
 * `AQgw`), newer ones with an `md-` prefix. Neither form is distinctive, so only a value right after
 * a Mandrill key label counts (MANDRILL_API_KEY, mandrill_key, MANDRILL_APIKEY). Checked on public code
 * (find_string `mandrill_api_key`): 1 example of this shape, 9 reads from the environment, 1
 * placeholder (`md-test-key`). No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'MANDRILL_API_KEY';

export const mandrillRules: readonly Rule[] = [
  labelledRule({
    id: 'mandrill-api-key',
    provider: 'Mandrill',
    description: 'Mandrill (Mailchimp Transactional) API key',
    keywords: ['mandrill'],
    lead: `${labelSource([['mandrill'], ['', 'api', 'transactional'], ['key', 'apikey', 'token']])}${ASSIGN}(?:md-)?`,
    body: '[A-Za-z0-9_-]{21}[AQgw]',
    validation: '22 base64url characters (16 bytes), optionally after md-, right after a Mandrill key label',
    remediation: {
      revokeUrl: 'https://mandrillapp.com/settings',
      usageUrl: 'https://mandrillapp.com/activity',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(21, ALPHABET.base64url) + r.chars(1, 'AQgw'),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'mandrillApiKey', 'mandrill_api_key', key), `MANDRILL_APIKEY=md-${key}`],
    negatives: () => ["vi.stubEnv('MANDRILL_API_KEY', 'md-test-key');"],
  }),
];
