/**
 * How far around a keyword a rule's matches can read (types.ts `reach`, `keywordsInMatch`). The
 * scanner asks this once per rule, the first time the rule runs.
 */
import { patternExtent } from './patternExtent.js';
import type { Rule } from './types.js';

/** Beyond this a stretch is most of a typical file: not worth recording occurrences for. */
const MAX_REACH = 4096;

/**
 * How far around a keyword the rule's matches can read: its own `reach`, else for a marked rule its
 * pattern's extent (when bounded and useful), else undefined (the whole text).
 */
export function effectiveReach(rule: Rule): number | undefined {
  if (rule.reach !== undefined) return rule.reach;
  if (rule.keywordsInMatch !== true || rule.lineWindow !== undefined || rule.spansLines !== undefined) return undefined;
  const extent = patternExtent(rule.pattern);
  return extent === undefined || extent > MAX_REACH ? undefined : extent;
}
