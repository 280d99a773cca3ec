/**
 * Marks the rules whose construction guarantees that every match reads one of their keywords
 * (types.ts `keywordsInMatch`): the scanner then runs them only near their keywords, within their
 * pattern's extent (patternExtent.ts), instead of over every text that holds a keyword somewhere.
 * Issue 12's 150 services each ran their pattern over the whole of any file that mentioned their
 * keyword once: on the 20 MB commit of npm run bench (case b) that was ~220 ms of regex over text
 * far from any keyword (`re_` in code, `cio` in `precision`, `ibm` in a changelog).
 *
 * Only builders that guarantee it mark a rule:
 * - token rules (tokenPattern): every match starts with one of `prefixes`, checked here to hold a
 *   keyword;
 * - label rules (labelledRule): every match starts with the label, whose words are the keywords
 *   (test/unit/detect/reach.test.ts checks each rule's samples against a whole-text scan).
 * The extent is computed when a rule first runs (ruleReach.ts), not here: parsing ~300 patterns at start-up cost
 * every hook run ~20 ms (npm run bench, case a).
 */
import type { Rule } from '../types.js';
import { escapeRegExp } from './pattern.js';

/** The rule, marked: its builder vouches that its keyword opens every match. */
export function withKeywordsInMatch(rule: Rule): Rule {
  return rule.keywords.length === 0 ? rule : { ...rule, keywordsInMatch: true };
}

/**
 * withKeywordsInMatch() for a token rule, when its structure proves it: the pattern opens with its
 * literal prefixes (tokenPattern's form) and each prefix contains one of the keywords. Any other
 * rule is returned unchanged.
 */
export function withTokenReach(rule: Rule): Rule {
  const prefixes = rule.prefixes ?? [];
  if (prefixes.length === 0 || !rule.pattern.source.startsWith(`(?:${prefixes.map(escapeRegExp).join('|')})`)) return rule;
  const keywords = rule.keywords.map((keyword) => keyword.toLowerCase());
  const held = prefixes.every((prefix) => keywords.some((keyword) => prefix.toLowerCase().includes(keyword)));
  return held ? withKeywordsInMatch(rule) : rule;
}
