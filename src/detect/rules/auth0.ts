/**
 * Auth0 application client secrets (https://auth0.com/docs/get-started/applications/rotate-client-secret;
 * kingfisher auth0.yml): 64 base64url characters with no prefix, so only right after an Auth0 client
 * secret label (`AUTH0_CLIENT_SECRET`, `auth0ClientSecret`). Management API tokens are JWTs, which the
 * jwt rule judges. `AUTH0_SECRET` of nextjs-auth0 is a session key the developer chose (the generic
 * rule's), and client ids are public. Checked on 10 public `AUTH0_CLIENT_SECRET=` hits: placeholders
 * and empty values only (no real secret to compare); 64 characters is what Auth0 issues.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'AUTH0_CLIENT_SECRET';

export const auth0Rules: readonly Rule[] = [
  labelledRule({
    id: 'auth0-client-secret',
    provider: 'Auth0',
    description: 'Auth0 application client secret',
    keywords: ['auth0'],
    lead: `${labelSource([['auth0'], ['', 'management', 'mgmt', 'm2m', 'api'], ['client'], ['secret']])}${ASSIGN}`,
    body: '[A-Za-z0-9_-]{64}',
    validation: '64 base64url characters right after an Auth0 client secret label (AUTH0_CLIENT_SECRET=…)',
    remediation: {
      revokeUrl: 'https://auth0.com/docs/get-started/applications/rotate-client-secret',
      usageUrl: 'https://auth0.com/docs/deploy-monitor/logs',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(64, ALPHABET.base64url),
    contexts: (secret) => [...labelledContexts(ENV_VAR, 'auth0ClientSecret', 'auth0_client_secret', secret), `AUTH0_MANAGEMENT_CLIENT_SECRET='${secret}'`],
    negatives: (secret, r) => [`AUTH0_CLIENT_ID=${r.chars(32, ALPHABET.base62)}`, `AUTH0_AUDIENCE=https://api.example.net/${secret}`, 'AUTH0_CLIENT_SECRET=your-auth0-client-secret'],
  }),
];
