/**
 * BugSnag personal auth tokens for the Data Access API (https://docs.bugsnag.com/api/data-access/#authentication;
 * kingfisher bugsnag.yml): a UUID, so only right after a BugSnag auth-token label
 * (`BUGSNAG_AUTH_TOKEN`, the variable of SmartBear's MCP server; `bugsnag_personal_token`). The
 * notifier API key (`BUGSNAG_API_KEY`, 32 hex) ships in mobile apps and browser bundles by design and
 * is left out. Checked on 10 public `BUGSNAG_AUTH_TOKEN` hits: indirections only, no real token; the
 * UUID shape is kingfisher's.
 */
import type { Rule } from '../types.js';
import { hexRule } from './hexRandom.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts } from './labelledRule.js';

const ENV_VAR = 'BUGSNAG_AUTH_TOKEN';

export const bugsnagRules: readonly Rule[] = [
  hexRule({
    id: 'bugsnag-auth-token',
    provider: 'BugSnag',
    description: 'BugSnag personal auth token (Data Access API)',
    keywords: ['bugsnag'],
    lead: `${labelSource([['bugsnag'], ['auth', 'personal', 'personal_auth', 'data_access', 'api_auth'], ['token']])}${ASSIGN}`,
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    validation: 'UUID right after a BugSnag auth-token label (BUGSNAG_AUTH_TOKEN=…)',
    remediation: {
      revokeUrl: 'https://app.bugsnag.com/settings/my-account/auth-tokens',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX)),
    contexts: (token) => labelledContexts(ENV_VAR, 'bugsnagAuthToken', 'bugsnag_auth_token', token),
    negatives: (token) => [`BUGSNAG_PROJECT_ID=${token}`, `headers: { Authorization: \`token \${process.env.BUGSNAG_AUTH_TOKEN}\` }`],
  }),
];
