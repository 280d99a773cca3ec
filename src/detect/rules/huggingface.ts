/**
 * Hugging Face user access tokens (secret-formats.md §17; gitleaks huggingface.go, noseyparker;
 * https://huggingface.co/docs/hub/security-tokens): `hf_` + 34 ASCII letters (18 real samples had no
 * digit). No checksum. The deprecated organization API tokens are `api_org_` + 34 letters (issue 12;
 * secret-formats.md §17; checked on 4 distinct public tokens, found with find_string in
 * `load_dataset(…, use_auth_token='api_org_…')` calls; no peer rule has them).
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule, type PrefixedSpec } from './prefixedRule.js';
import { countOf } from './randomness.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Random letters are about half upper case; fewer than 4 of either case happens to 1 in a million
 * tokens, but rules out identifiers such as `hf_` + a 34-letter lower-case word run.
 */
function mixedCase(token: string): boolean {
  const body = token.slice(token.indexOf('_', 4) + 1);
  const upper = countOf(body, /[A-Z]/);
  return upper >= 4 && body.length - upper >= 4;
}

type LetterTokenSpec = Pick<PrefixedSpec, 'id' | 'description' | 'positives' | 'negatives'> & { readonly prefix: string };

/** A prefix + 34 letters of both cases: both Hugging Face formats. */
function letterToken(spec: LetterTokenSpec): Rule {
  return prefixedRule({
    ...spec,
    provider: 'Hugging Face',
    prefixes: [spec.prefix],
    body: '[A-Za-z]{34}',
    boundary: CLASS.word,
    validate: mixedCase,
    validation: `${spec.prefix} + 34 letters, at least 4 of each case`,
    remediation: { revokeUrl: 'https://huggingface.co/settings/tokens', envVar: 'HF_TOKEN' },
    sampleBody: (r) => r.chars(34, LETTERS),
  });
}

export const huggingfaceRules: readonly Rule[] = [
  letterToken({
    id: 'huggingface-access-token',
    description: 'Hugging Face user access token',
    prefix: 'hf_',
    positives: (token) => [`login(token="${token}")`, `huggingface-cli login --token ${token}`],
    negatives: (token) => ['def 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():', `HF_TOKEN=${token.slice(0, 20)}1${token.slice(21)}`],
  }),
  letterToken({
    id: 'huggingface-org-api-token',
    description: 'Hugging Face organization API token (deprecated api_org_ format)',
    prefix: 'api_org_',
    positives: (token) => [`load_dataset("org/private-set", split="test", use_auth_token='${token}')`],
    negatives: () => ['from datadog_api_client.datadogV2.api_org_groups import OrgGroupsAPI', 'pub async fn api_org_registerwithsessionheadersstateappx()'],
  }),
];
