/**
 * Heroku credentials (secret-formats.md §31; gitleaks heroku.go, kingfisher heroku.yml, osv-scalibr
 * herokuplatformkey). Platform keys are `HRKU-AA` + 58 base64url (65 characters); `HRKU-` + a
 * lower-case UUID also occurs (issue 12; 3 public examples found with find_string, all
 * `HEROKU_API_KEY: process.env.HEROKU_API_KEY || "HRKU-<uuid>"`, no peer rule has it). Legacy API keys and
 * OAuth tokens are bare UUIDs — app ids are UUIDs too — so they are only reported next to a Heroku
 * key/token label. No checksum is published for either form.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { HEX, labelledContexts, uuidFrom } from './labelledSamples.js';
import { labelSource } from './labelWords.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'HEROKU_API_KEY';
const remediation = {
  revokeUrl: 'https://dashboard.heroku.com/account/applications',
  usageUrl: 'https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization',
  envVar: ENV_VAR,
};

/** `HEROKU_API_KEY`, `heroku_oauth_token`, `HerokuAuthToken`, `HEROKU_TOKEN`. */
const LABEL = [['heroku'], ['', 'api', 'auth', 'oauth'], ['key', 'token']];
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const LOWER_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const platformKey: Rule = {
  id: 'heroku-platform-key',
  provider: 'Heroku',
  description: 'Heroku platform API key (HRKU- format)',
  keywords: ['hrku-'],
  ...tokenFields({ prefixes: ['HRKU-'], body: `(?:AA${CLASS.base64url}{58}|${LOWER_UUID})`, boundary: CLASS.base64url }),
  // Nil and sequential UUIDs are placeholders (the shared placeholder check catches runs of six).
  validate: (secret) => !/^HRKU-0{8}-/.test(secret),
  severity: 'block',
  validation: 'HRKU-AA + 58 base64url characters (65 in all), or HRKU- + a lower-case UUID',
  remediation,
  samples() {
    const r = seededRandom('heroku-platform-key');
    const key = (length = 58): string => `HRKU-AA${r.chars(length, ALPHABET.base64url)}`;
    return {
      positives: [
        ...inContexts(key(), ENV_VAR),
        `heroku config:set API_TOKEN=${key()}`,
        `HEROKU_API_KEY: process.env.HEROKU_API_KEY || "HRKU-${uuidFrom(r.chars(32, HEX))}",`,
      ],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=HRKU-${'x'.repeat(60)}`,
        `${ENV_VAR}=${key(57)}`,
        `${ENV_VAR}=${key(59)}`,
        `${ENV_VAR}=HRKU-BB${r.chars(58, ALPHABET.base64url)}`,
        `${ENV_VAR}=HRKU-${uuidFrom(r.chars(32, HEX)).toUpperCase()}`,
        `${ENV_VAR}=HRKU-00000000-0000-0000-0000-000000000000`,
        `${ENV_VAR}=HRKU-${uuidFrom(r.chars(32, HEX))}-2`,
      ],
    };
  },
};

const legacyKey: Rule = {
  id: 'heroku-api-key',
  provider: 'Heroku',
  description: 'Heroku API key or OAuth token (UUID next to a Heroku key/token label)',
  // The provider name, as for other labelled rules: every label holds it (generalRules.ts then lets
  // this rule judge `HEROKU_*` names).
  keywords: ['heroku'],
  pattern: new RegExp(`${labelSource(LABEL)}${ASSIGN}(${UUID})(?![0-9A-Za-z_-])`, 'g'),
  secretGroup: 1,
  // Nil and sequential UUIDs are placeholders (the shared placeholder check catches runs of six).
  validate: (secret) => !/^0{8}-/.test(secret),
  severity: 'block',
  validation: 'UUID right after a Heroku key/token label (HEROKU_API_KEY=…)',
  remediation: { ...remediation, revokeUrl: 'https://dashboard.heroku.com/account' },
  samples() {
    const r = seededRandom('heroku-api-key');
    const uuid = (): string => uuidFrom(r.chars(32, HEX));
    return {
      positives: [
        ...labelledContexts(uuid(), ENV_VAR),
        `heroku_oauth_token: "${uuid()}"`,
        `const herokuApiKey = '${uuid().toUpperCase()}';`,
      ],
      negatives: [
        ...indirections(ENV_VAR),
        `HEROKU_APP_ID=${uuid()}`,
        `app_id: ${uuid()}  # heroku`,
        `${ENV_VAR}=00000000-0000-0000-0000-000000000000`,
        `${ENV_VAR}=12345678-1234-1234-1234-123456789abc`,
      ],
    };
  },
};

export const herokuRules: readonly Rule[] = [platformKey, legacyKey];
