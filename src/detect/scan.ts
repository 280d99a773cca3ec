/**
 * The detector: pure, no I/O. Order follows gitleaks: keyword pre-filter over the whole text →
 * regex of the rules whose keywords occur → secret group → rule validation → shared placeholder
 * check → de-duplication across rules → line/column → inline `keyguard:allow`.
 */
import { compileKeywords, type KeywordMatcher } from './keywords.js';
import { allowedLines, LineLocator } from './lines.js';
import { isPlaceholder } from './placeholder.js';
import { assertValidRules } from './validateRules.js';
import type { Finding, Rule, ScanOptions } from './types.js';

/** A validated secret before de-duplication; `[start, end)` are offsets in the text. */
interface Candidate {
  readonly rule: number;
  readonly start: number;
  readonly end: number;
  readonly secret: string;
}

interface Plan {
  readonly matchKeywords: KeywordMatcher;
  /** Private copies of the rules' patterns: scanning never touches a rule's own `lastIndex`. */
  readonly patterns: readonly RegExp[];
}

/** Rule lists are long-lived (builtinRules, the loaded config), so plans are compiled once. */
const plans = new WeakMap<readonly Rule[], Plan>();

function planFor(rules: readonly Rule[]): Plan {
  let plan = plans.get(rules);
  if (plan === undefined) {
    assertValidRules(rules);
    plan = {
      matchKeywords: compileKeywords(rules.flatMap((rule) => rule.keywords)),
      // `d` (hasIndices) gives the secret group's offset; only paid for rules that use a group.
      patterns: rules.map((rule) => withFlags(rule.pattern, (rule.secretGroup ?? 0) > 0 ? 'gd' : 'g')),
    };
    plans.set(rules, plan);
  }
  return plan;
}

/** Adds the flags scanning needs; drops `y` (sticky), which would stop at the first non-match. */
function withFlags(pattern: RegExp, required: string): RegExp {
  const flags = pattern.flags.replace('y', '');
  const missing = [...required].filter((flag) => !flags.includes(flag)).join('');
  return new RegExp(pattern.source, flags + missing);
}

export function scan(text: string, rules: readonly Rule[], options: ScanOptions = {}): Finding[] {
  const plan = planFor(rules);
  const present = plan.matchKeywords(text);
  const perRule = rules.map((rule, index) => {
    // A rule without keywords always runs (gitleaks semantics).
    const runs = rule.keywords.length === 0 || rule.keywords.some((k) => present.has(k.toLowerCase()));
    const pattern = plan.patterns[index];
    return runs && pattern !== undefined ? matchRule(text, rule, index, pattern) : [];
  });
  return toFindings(text, rules, dedupe(perRule), options.inlineAllow !== false);
}

function matchRule(text: string, rule: Rule, index: number, pattern: RegExp): Candidate[] {
  const group = rule.secretGroup ?? 0;
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // A zero-length match would never advance lastIndex: step over it.
    if (match[0] === '') pattern.lastIndex = match.index + 1;
    const secret = match[group];
    const start = group === 0 ? match.index : match.indices?.[group]?.[0];
    if (secret === undefined || secret === '' || start === undefined) continue;
    if (rule.validate !== undefined && !rule.validate(secret)) continue;
    if (rule.placeholderCheck !== false && isPlaceholder(secret)) continue;
    found.push({ rule: index, start, end: start + secret.length, secret });
  }
  return found;
}

/**
 * One secret, one finding. Rules earlier in the list win (builtinRules lists specific rules before
 * general ones): a later rule's candidate that overlaps an already kept span is dropped. Each rule's
 * candidates are already sorted and disjoint, so one merge per rule keeps this O(rules × findings).
 */
function dedupe(perRule: readonly Candidate[][]): Candidate[] {
  let kept: Candidate[] = [];
  for (const candidates of perRule) {
    if (candidates.length === 0) continue;
    const merged: Candidate[] = [];
    let k = 0;
    for (const candidate of candidates) {
      let next = kept[k];
      while (next !== undefined && next.end <= candidate.start) {
        merged.push(next);
        next = kept[++k];
      }
      if (next === undefined || next.start >= candidate.end) merged.push(candidate);
    }
    kept = merged.concat(kept.slice(k));
  }
  return kept;
}

function toFindings(text: string, rules: readonly Rule[], kept: Candidate[], inlineAllow: boolean): Finding[] {
  if (kept.length === 0) return [];
  const allowed = inlineAllow ? allowedLines(text) : new Set<number>();
  const locator = new LineLocator(text);
  const findings: Finding[] = [];
  for (const candidate of kept) {
    const rule = rules[candidate.rule];
    const { line, column } = locator.locate(candidate.start);
    if (rule === undefined || allowed.has(line)) continue;
    findings.push({
      ruleId: rule.id,
      provider: rule.provider,
      description: rule.description,
      severity: rule.severity,
      line,
      column,
      secret: candidate.secret,
    });
  }
  return findings;
}
