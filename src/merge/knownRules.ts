import { builtinRules } from '../detect/rules/index.js';
import { SECRET_FILE_RULE_IDS } from '../detect/secretFiles.js';
import { SECRET_FILE_PROVIDER, WHOLE_FILE } from '../commands/secretFileFindings.js';
import type { KnownRule } from './parseReport.js';

/** What redact() may add after a rule's public prefix (src/report/mask.ts MAX_SHOWN). */
const SHOWN_AFTER_PREFIX = 4;

/**
 * keyguard's own rules, by id, as merge-reports checks the reports against them: the provider to
 * show and the most a mask of theirs shows (longest public prefix, or a key block's opening line).
 */
export function knownRules(): Map<string, KnownRule> {
  const known = new Map<string, KnownRule>();
  for (const rule of builtinRules) {
    const prefixes = [...(rule.prefixes ?? []), ...(rule.spansLines === undefined ? [] : [rule.spansLines.opener])];
    const longest = rule.guessable === true ? 0 : Math.max(0, ...prefixes.map((p) => p.length));
    known.set(rule.id, { provider: rule.provider, maskShows: longest + SHOWN_AFTER_PREFIX });
  }
  for (const id of SECRET_FILE_RULE_IDS) known.set(id, { provider: SECRET_FILE_PROVIDER, maskShows: 0, wholeFile: WHOLE_FILE });
  return known;
}
