/**
 * Checks a rule list once, when it is first scanned with (gitleaks validates its config at load):
 * a broken rule should fail loudly, not silently find nothing.
 */
import { KeyguardError } from '../errors.js';
import type { Rule } from './types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Number of capture groups in `pattern` (an empty alternative makes any regex match ''). */
export function groupCount(pattern: RegExp): number {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return (new RegExp(`${pattern.source}|`, flags).exec('')?.length ?? 1) - 1;
}

export function assertValidRules(rules: readonly Rule[]): void {
  const seen = new Set<string>();
  for (const rule of rules) {
    const problem = ruleProblem(rule, seen);
    if (problem !== undefined) {
      throw new KeyguardError('config', `Invalid detection rule "${rule.id}": ${problem}.`);
    }
    seen.add(rule.id);
  }
}

export function missingGroup(rule: Rule): KeyguardError {
  return new KeyguardError('config', `Invalid detection rule "${rule.id}": secretGroup ${rule.secretGroup ?? 0} does not exist in the pattern.`);
}

function ruleProblem(rule: Rule, seen: ReadonlySet<string>): string | undefined {
  if (!KEBAB.test(rule.id)) return 'the id must be kebab-case';
  if (seen.has(rule.id)) return 'the id is used by another rule';
  const group = rule.secretGroup ?? 0;
  // Whether the group exists is checked at the rule's first match (scan.ts, missingGroup) and for
  // config rules at load (parseConfig); the table test exercises every built-in rule's group.
  if (!Number.isInteger(group) || group < 0) return `secretGroup ${group} is not a group number`;
  if (rule.keywords.some((k) => k === '' || k !== k.toLowerCase())) return 'keywords must be non-empty lower case';
  if (rule.reach !== undefined && (!Number.isInteger(rule.reach) || rule.reach < 1 || rule.keywords.length === 0)) {
    return 'reach must be a positive integer, on a rule with keywords';
  }
  if (rule.reachBefore !== undefined && (!Number.isInteger(rule.reachBefore) || rule.reachBefore < 0)) return 'reachBefore must be a non-negative integer';
  if (rule.startsBefore !== undefined && (!Number.isInteger(rule.startsBefore) || rule.startsBefore < 0)) return 'startsBefore must be a non-negative integer';
  return undefined;
}
