/**
 * The built-in rule set, one explicit list. Order matters: when two rules report the same span,
 * the earlier one wins (scan.ts), so specific rules come before general ones.
 */
import type { Rule } from '../types.js';
import { anthropicRules } from './anthropic.js';
import { awsRules } from './aws.js';
import { githubRules } from './github.js';
import { openaiRules } from './openai.js';
import { privateKeyRules } from './private-keys.js';
// @@ imports: saas (keep this line; add imports above it)
// @@ imports: cloud (keep this line; add imports above it)
// @@ imports: structured (keep this line; add imports above it)

export const builtinRules: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...githubRules,
  ...awsRules,
  ...privateKeyRules,
  // @@ rules: saas (keep this line; add entries above it)
  // @@ rules: cloud (keep this line; add entries above it)
  // @@ rules: structured, general rules last (keep this line; add entries above it)
];
