/**
 * What a hook run needs to know about the built-in rules before building them (commands/LazyScan.ts):
 * their ids (to check a config's rule names), their keywords (a text holding none of them gives no
 * finding: no built-in rule is without keywords) and the key-block openers that pieces repeat
 * (pieceRule.ts). Building the ~300 rules and their plan was ~60 ms of a typical commit's hook run
 * (npm run bench, case a: 0.77× with no rules built), most of which holds no keyword at all.
 *
 * This module computes the catalog from the rules; the build (esbuild.config.mjs) replaces it in
 * dist/keyguard.cjs by its result, computed when bundling, so the bundle's catalog always matches
 * its rules and a hook run never builds them to read it.
 */
import type { Rule } from '../types.js';
import { builtinRules } from './index.js';

export interface RuleCatalog {
  readonly ids: readonly string[];
  /** Every keyword of every rule, lower case, without duplicates, sorted. */
  readonly keywords: readonly string[];
  /** The rules' `spansLines` promises (types.ts). */
  readonly spansLines: readonly { readonly opener: string; readonly length: number }[];
}

export function catalogOf(rules: readonly Rule[]): RuleCatalog {
  return {
    ids: rules.map((rule) => rule.id),
    keywords: [...new Set(rules.flatMap((rule) => rule.keywords.map((keyword) => keyword.toLowerCase())))].sort(),
    spansLines: rules.flatMap((rule) => (rule.spansLines === undefined ? [] : [{ opener: rule.spansLines.opener, length: rule.spansLines.length }])),
  };
}

let catalog: RuleCatalog | undefined;

/** The built-in rules' catalog. */
export function ruleCatalog(): RuleCatalog {
  catalog ??= catalogOf(builtinRules);
  return catalog;
}
