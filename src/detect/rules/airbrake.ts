/**
 * Airbrake user keys (https://docs.airbrake.io/docs/devops-tools/api/#authentication; kingfisher
 * airbrake.yml, trufflehog airbrakeuserkey): 40 lower-case hex with no prefix, reading and changing
 * every project of the user, so only right after an Airbrake user key/token label
 * (`AIRBRAKE_USER_KEY`, `airbrake_api_token`). Project keys (32 hex) are embedded in airbrake-js
 * browser code by design and are left out. Checked on 10 public `AIRBRAKE_USER_KEY` hits: indirections
 * and placeholders only.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts } from './labelledRule.js';
import { hexRule } from './hexRandom.js';

const ENV_VAR = 'AIRBRAKE_USER_KEY';

export const airbrakeRules: readonly Rule[] = [
  hexRule({
    id: 'airbrake-user-key',
    provider: 'Airbrake',
    description: 'Airbrake user key or API token',
    keywords: ['airbrake'],
    lead: `${labelSource([['airbrake'], ['user', 'api', 'auth'], ['key', 'token']])}${ASSIGN}`,
    body: '[0-9a-f]{40}',
    validation: '40 lower-case hex right after an Airbrake user key / API token label',
    remediation: {
      revokeUrl: 'https://airbrake.io/users/edit',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(40, HEX),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'airbrakeUserKey', 'airbrake_user_key', key), `AIRBRAKE_API_TOKEN: "${key}"`],
    negatives: (key, r) => [`AIRBRAKE_PROJECT_KEY=${r.chars(32, HEX)}`, `AIRBRAKE_DEPLOY_SHA=${key}`],
  }),
];
