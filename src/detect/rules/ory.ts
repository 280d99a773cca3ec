/**
 * Ory Network project API keys (https://www.ory.sh/docs/concepts/personal-access-token): `ory_pat_` +
 * 32 alphanumerics (checked on 10 public hits: 2 real keys, both 32, 3 placeholders, the rest
 * mentions or unrelated `_pat_` names). They administer the project's identities. The other Ory
 * prefixes (`ory_apikey_`, `ory_wak_`) have no documented body and are not covered.
 */
import type { Rule } from '../types.js';
import { looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const oryRules: readonly Rule[] = [
  prefixedRule({
    id: 'ory-project-api-key',
    provider: 'Ory',
    description: 'Ory Network project API key',
    prefixes: ['ory_pat_'],
    body: `${CLASS.base62}{32}`,
    boundary: CLASS.word,
    validate: (key) => looksRandom(key.slice('ory_pat_'.length)),
    validation: 'ory_pat_ + 32 random-looking alphanumerics',
    remediation: { revokeUrl: 'https://console.ory.sh/', envVar: 'ORY_API_KEY' },
    sampleBody: (r) => r.chars(32, ALPHABET.base62),
    negatives: () => ['ORY_API_KEY=ory_pat_xxx', 'diag_history_pat_file <- get_latest_file(code)'],
  }),
];
