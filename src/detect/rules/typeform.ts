/**
 * Typeform personal access tokens (https://www.typeform.com/developers/get-started/personal-access-token/):
 * `tfp_` + 43–44 alphanumerics + `_` + 12–14 alphanumerics (60–63 in all). gitleaks typeform.go takes
 * `tfp_` + 59 of `[a-z0-9_.=-]`; the 7 public examples found (find_string `Bearer tfp_`) all have the
 * two-part shape, which keeps identifiers such as `tfp_folder_file_process` out; 3 placeholders
 * (`tfp_pat_abc`, `tfp_...`). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

export const typeformRules: readonly Rule[] = [
  prefixedRule({
    id: 'typeform-personal-access-token',
    provider: 'Typeform',
    description: 'Typeform personal access token',
    prefixes: ['tfp_'],
    body: `${CLASS.base62}{40,48}_${CLASS.base62}{10,16}`,
    boundary: CLASS.word,
    validate: (token) => classCount(token.slice(4)) === 3,
    validation: 'tfp_ + 40–48 alphanumerics + _ + 10–16 alphanumerics, upper case, lower case and digits',
    remediation: {
      revokeUrl: 'https://admin.typeform.com/user/tokens',
      envVar: 'TYPEFORM_TOKEN',
    },
    sampleBody: (r) => `${r.chars(44, ALPHABET.base62)}_${r.chars(14, ALPHABET.base62)}`,
    fixedLength: false,
    positives: (token) => [`headers = {'Authorization': 'Bearer ${token}'}`],
    negatives: () => ['out_put_file=(`echo "tfp_folder_file_process.info"`)', 'Authorization: "Bearer tfp_pat_abc"'],
  }),
];
