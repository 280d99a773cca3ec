/**
 * LangSmith (LangChain) API keys (https://docs.smith.langchain.com/administration/how_to_guides/
 * organization_management/create_account_api_key; trufflehog langsmith): `lsv2_pt_` (personal access
 * token) or `lsv2_sk_` (service key) + 32 lower-case hex + `_` + 10 lower-case hex (51 characters).
 * Checked on 4 public examples (all of this shape) and 6 placeholders (`lsv2_pt_...`, `lsv2_pt_test`,
 * one with a 6-hex tail). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER } from './aiPlatformKit.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

export const langsmithRules: readonly Rule[] = [
  prefixedRule({
    id: 'langsmith-api-key',
    provider: 'LangSmith',
    description: 'LangSmith (LangChain) personal access token or service key',
    prefixes: ['lsv2_pt_', 'lsv2_sk_'],
    body: '[0-9a-f]{32}_[0-9a-f]{10}',
    boundary: CLASS.word,
    validation: 'lsv2_pt_/lsv2_sk_ + 32 lower-case hex + _ + 10 lower-case hex (51 characters)',
    remediation: {
      revokeUrl: 'https://smith.langchain.com/settings/apikeys',
      envVar: 'LANGSMITH_API_KEY',
    },
    sampleBody: (r) => `${r.chars(32, HEX_LOWER)}_${r.chars(10, HEX_LOWER)}`,
    positives: (key, r) => [`os.environ["LANGCHAIN_API_KEY"] = "${key}"`, `LANGSMITH_API_KEY=lsv2_sk_${r.chars(32, HEX_LOWER)}_${r.chars(10, HEX_LOWER)}`],
    negatives: (key) => [`LANGSMITH_API_KEY=${key.slice(0, -4)}`, 'langsmith_api_key="lsv2_pt_test"'],
  }),
];
