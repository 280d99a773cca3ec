/**
 * Logz.io API tokens (https://docs.logz.io/docs/user-guide/admin/authentication-tokens/api-tokens/;
 * kingfisher logzio.yml): a UUID with no prefix, so only right after a Logz.io API token label
 * (`LOGZIO_API_TOKEN`, `logzio_api_key`). Shipping tokens (32 letters) only send data and are left
 * out. Checked on 10 public `LOGZIO_API_TOKEN` hits: indirections and placeholders only. Logz.io's API
 * takes the token in an `X-API-TOKEN` header.
 */
import type { Rule } from '../types.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts } from './labelledRule.js';
import { hexRule } from './hexRandom.js';

const ENV_VAR = 'LOGZIO_API_TOKEN';

export const logzioRules: readonly Rule[] = [
  hexRule({
    id: 'logzio-api-token',
    provider: 'Logz.io',
    description: 'Logz.io API token',
    keywords: ['logzio', 'logz_io', 'logz-io'],
    lead: `${labelSource([['logzio', 'logz_io', 'logz-io'], ['api'], ['token', 'key']])}${ASSIGN}`,
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    validation: 'UUID right after a Logz.io API token label (LOGZIO_API_TOKEN=…)',
    remediation: {
      revokeUrl: 'https://app.logz.io/#/dashboard/settings/manage-tokens/api',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX)),
    contexts: (token) => labelledContexts(ENV_VAR, 'logzioApiToken', 'logzio_api_token', token),
    negatives: (token) => [`LOGZIO_ACCOUNT_ID=${token}`],
  }),
];
