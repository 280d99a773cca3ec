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

export const builtinRules: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...githubRules,
  ...awsRules,
  ...privateKeyRules,
];
