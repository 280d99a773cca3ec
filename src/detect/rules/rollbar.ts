/**
 * Rollbar project access tokens (https://docs.rollbar.com/docs/access-tokens; kingfisher has none
 * for Rollbar): 32 lower-case hex with no prefix, so only right after a Rollbar server-side token
 * label (`ROLLBAR_ACCESS_TOKEN`, `ROLLBAR_SERVER_TOKEN`, pyrollbar's `rollbar.init('…')`).
 * `post_client_item` tokens ship in web pages by design: the client-side labels
 * (`ROLLBAR_CLIENT_TOKEN`, `Rollbar.init({ accessToken })` in browser code) are left out.
 * Checked on 10 public `ROLLBAR_ACCESS_TOKEN=` hits: placeholders and indirections only, no real key
 * to compare; 32 hex is Rollbar's documented token shape (peers agree).
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts } from './labelledRule.js';
import { hexRule } from './hexRandom.js';

const ENV_VAR = 'ROLLBAR_ACCESS_TOKEN';
const LABEL = labelSource([['rollbar'], ['', 'server', 'post_server_item', 'read', 'write', 'project', 'api'], ['', 'access'], ['token']]);
/** pyrollbar: `rollbar.init('<token>', 'production')` runs server-side. */
const PY_INIT = `(?<![A-Za-z0-9_.])${anyCase('rollbar')}\\.init\\([ \\t]{0,4}["']`;

export const rollbarRules: readonly Rule[] = [
  hexRule({
    id: 'rollbar-access-token',
    provider: 'Rollbar',
    description: 'Rollbar server-side project access token',
    keywords: ['rollbar'],
    lead: `(?:${LABEL}${ASSIGN}|${PY_INIT})`,
    body: '[0-9a-f]{32}',
    validation: '32 lower-case hex right after a Rollbar server token label or in rollbar.init("…")',
    remediation: {
      revokeUrl: 'https://docs.rollbar.com/docs/access-tokens',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(32, HEX),
    contexts: (token) => [...labelledContexts(ENV_VAR, 'rollbarAccessToken', 'rollbar_access_token', token), `rollbar.init('${token}', 'production')`],
    negatives: (token) => [`ROLLBAR_CODE_VERSION=${token}`, `Rollbar.init(config)`, 'rollbar.init(os.environ["ROLLBAR_ACCESS_TOKEN"])'],
  }),
];
