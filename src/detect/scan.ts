/**
 * The detector: pure, no I/O. Order follows gitleaks: keyword pre-filter over the whole text →
 * regex of the rules whose keywords occur → secret group → rule validation → shared placeholder
 * check → de-duplication across rules → line/column → inline `keyguard:allow`.
 */
import { claimPrefixes, prefixSpans, withoutJudged, type Span } from './generalRules.js';
import { compileKeywords, type KeywordHits, type KeywordMatcher } from './keywords.js';
import { lineWindows } from './lineWindows.js';
import { effectiveReach } from './ruleReach.js';
import { declaredPublicLines } from './declaredPublic.js';
import { allowedLines, LineLocator } from './lines.js';
import { isPlaceholder } from './placeholder.js';
import { assertValidRules, missingGroup } from './validateRules.js';
import type { Finding, Rule, ScanOptions, Severity, Stretch } from './types.js';

/** A validated secret before de-duplication; `[start, end)` are offsets in the text. */
interface Candidate {
  readonly rule: number;
  readonly start: number;
  readonly end: number;
  readonly secret: string;
  readonly severity: Severity;
}

interface Plan {
  readonly matchKeywords: KeywordMatcher;
  /** By rule: the prefixes by which it recognises its token (generalRules.ts claimPrefixes). */
  readonly claims: readonly (readonly string[])[];
  /**
   * Private copies of the rules' patterns: scanning never touches a rule's own `lastIndex`. Made
   * on a rule's first run: a hook run needs few of them (npm run bench, case a).
   */
  readonly patterns: (RegExp | undefined)[];
  /** By rule index: its place in de-duplication order (dedupeOrder). */
  readonly rank: Int32Array;
  /** By rule: where its keywords are in matchKeywords' list (KeywordHits.seen). */
  readonly keywordIndexes: readonly (readonly number[])[];
  /** By keyword index: the rules that have it. */
  readonly byKeyword: readonly (readonly number[])[];
  /** Rules without keywords: they always run. */
  readonly keywordless: readonly number[];
  /**
   * By rule with a reach: 1 at the index of each keyword of its own; and its longest keyword. Made
   * on the rule's first run: ~400 rules may have one, a 20 MB commit runs ~30 of them.
   */
  readonly own: ({ readonly keywords: Uint8Array; readonly longest: number } | undefined)[];
  /**
   * By rule: its reach (ruleReach.ts), null for none; computed on the rule's first run (a rule
   * whose keywords never occur costs nothing).
   */
  readonly reaches: (number | null | undefined)[];
  /** By rule with `startsBefore`: its patterns for matching from its keywords (anchoredPatterns), made on its first run. */
  readonly anchored: (Anchored | undefined)[];
}

/** A rule's pattern as matchFromKeywords runs it (anchoredPatterns). */
interface Anchored {
  /** Sticky, with a lazy prefix of up to `startsBefore` characters: does a match start in the next startsBefore + 1 positions? */
  readonly probe: RegExp;
  /** Sticky: the match at one position. */
  readonly sticky: RegExp;
}

/** Rule lists are long-lived (builtinRules, the loaded config), so plans are compiled once. */
const plans = new WeakMap<readonly Rule[], Plan>();

function planFor(rules: readonly Rule[]): Plan {
  let plan = plans.get(rules);
  if (plan === undefined) {
    assertValidRules(rules);
    // A rule that may get a reach has its keywords' occurrences recorded.
    const mayReach = (rule: Rule): boolean => rule.reach !== undefined || rule.keywordsInMatch === true;
    const reaching = rules.filter(mayReach);
    const matchKeywords = compileKeywords(rules.flatMap((rule) => rule.keywords), reaching.flatMap((rule) => rule.keywords));
    const indexOf = new Map(matchKeywords.keywords.map((keyword, index) => [keyword, index]));
    const keywordIndexes = rules.map((rule) => rule.keywords.map((keyword) => indexOf.get(keyword) ?? -1));
    const byKeyword: number[][] = matchKeywords.keywords.map(() => []);
    keywordIndexes.forEach((indexes, rule) => indexes.forEach((k) => byKeyword[k]?.push(rule)));
    plan = {
      matchKeywords,
      keywordIndexes,
      byKeyword,
      keywordless: rules.flatMap((rule, index) => (rule.keywords.length === 0 ? [index] : [])),
      own: [],
      reaches: [],
      anchored: [],
      claims: rules.map(claimPrefixes),
      // `d` (hasIndices) gives the secret group's offset; only paid for rules that use a group.
      patterns: [],
      rank: ranks(dedupeOrder(rules)),
    };
    plans.set(rules, plan);
  }
  return plan;
}

function ownKeywords(rule: Rule, indexes: readonly number[], count: number): { keywords: Uint8Array; longest: number } {
  const keywords = new Uint8Array(count);
  for (const index of indexes) keywords[index] = 1;
  return { keywords, longest: Math.max(...rule.keywords.map((keyword) => keyword.length)) };
}

/**
 * The rules to run on a text, in list order: those without keywords (gitleaks semantics: they
 * always run) and those one of whose keywords occurs, limited by their paths. Found from the
 * keywords seen, not by asking every rule: the hook scans a diff in 64 kB pieces, and asking all
 * ~300 rules per piece cost ~40 ms of the 20 MB commit (npm run bench, case b).
 */
function rulesToRun(plan: Plan, hits: KeywordHits, rules: readonly Rule[], path: string | undefined): number[] {
  // From the few keywords seen, not by walking every keyword and rule (~900 steps per 64 kB piece).
  const wanted = new Set(plan.keywordless);
  for (const k of hits.seenIndexes) for (const index of plan.byKeyword[k]!) wanted.add(index);
  const run: number[] = [];
  for (const index of wanted) if (pathMatches(rules[index]!, path)) run.push(index);
  return run.sort((a, b) => a - b);
}

/** A rule limited to some files (`paths`) runs only on a known path that matches. */
function pathMatches(rule: Rule, path: string | undefined): boolean {
  return rule.paths === undefined || (path !== undefined && rule.paths.test(path));
}

/**
 * A first search over at least this many characters makes V8 compile a pattern to machine code at
 * once (JSRegExp::kTierUpForSubjectLengthValue, v8 src/regexp/regexp.cc): after a shorter one it
 * compiles bytecode, then again to machine code at the second search. Stretches are mostly
 * shorter, so each rule paid both: 16–25 ms for the 25 rules of the 20 MB commit (npm run bench,
 * case b) against 8–10 ms compiled once.
 */
const TIER_UP_SUBJECT = '\0'.repeat(1000);

/**
 * The rule's pattern as scanning uses it (withFlags), compiled up front by a search over
 * TIER_UP_SUBJECT whose result is dropped. Not for a rule with a line window: those are custom
 * rules, whose patterns may be polynomial (patternSafety.ts) and must read only their windows.
 */
function privatePattern(rule: Rule): RegExp {
  const pattern = withFlags(rule.pattern, (rule.secretGroup ?? 0) > 0 ? 'gd' : 'g');
  if (rule.lineWindow === undefined) {
    pattern.exec(TIER_UP_SUBJECT);
    pattern.lastIndex = 0;
  }
  return pattern;
}

/** Adds the flags scanning needs; drops `y` (sticky), which would stop at the first non-match. */
function withFlags(pattern: RegExp, required: string): RegExp {
  const flags = pattern.flags.replace('y', '');
  const missing = [...required].filter((flag) => !flags.includes(flag)).join('');
  return new RegExp(pattern.source, flags + missing);
}

export function scan(text: string, rules: readonly Rule[], options: ScanOptions = {}): Finding[] {
  const plan = planFor(rules);
  const hits = plan.matchKeywords(text);
  /**
   * Spans that specific rules matched and rejected: general rules yield to those. A kept match wins
   * de-duplication instead (specific rules are listed first), which lets hygiene rules listed after
   * the generic one (client-exposure.ts) lose to its blocking finding.
   */
  const judged: Span[] = [];
  /** Rules that ran and recognise their tokens by a prefix (their claims are looked up only if needed). */
  const claiming: number[] = [];
  /**
   * The candidates of the rules that ran and found any, by rule. Only those: a 20 MB commit is
   * ~500 texts, and a list over all ~300 rules per text (mapped, then de-duplicated) was most of
   * scan's own time (npm run bench, case b).
   */
  const perRule: RuleCandidates[] = [];
  for (const index of rulesToRun(plan, hits, rules, options.path)) {
    const rule = rules[index]!;
    if (plan.claims[index]!.length > 0) claiming.push(index);
    const reach = (plan.reaches[index] ??= effectiveReach(rule) ?? null);
    const own = reach === null ? undefined : (plan.own[index] ??= ownKeywords(rule, plan.keywordIndexes[index]!, plan.matchKeywords.keywords.length));
    const run: RuleRun = { rule, index, judged, found: [] };
    const starts = rule.startsBefore === undefined ? undefined : keywordStarts(rule, hits, own, reach);
    if (starts !== undefined) {
      matchFromKeywords(text, starts, run, (plan.anchored[index] ??= anchoredPatterns(rule)));
    } else {
      const pattern = (plan.patterns[index] ??= privatePattern(rule));
      const ranges = stretches(text, rule, hits, own, reach);
      for (let s = 0; s < ranges.length; s++) matchRule(text, ranges[s]!, pattern, run);
    }
    if (run.found.length > 0) perRule.push({ index, general: rule.general === true, candidates: run.found });
  }
  if (claiming.length > 0 && perRule.some((ran) => ran.general)) {
    for (const index of claiming) prefixSpans(text, plan.claims[index]!, judged);
  }
  perRule.sort((a, b) => plan.rank[a.index]! - plan.rank[b.index]!);
  const yielded = perRule.map((ran) => (ran.general ? withoutJudged(ran.candidates, judged) : ran.candidates));
  return toFindings(text, rules, dedupe(yielded), options.inlineAllow !== false);
}

/** One rule's candidates in one text (scan). */
interface RuleCandidates {
  readonly index: number;
  readonly general: boolean;
  readonly candidates: Candidate[];
}

/** By rule index, its place in `order`. */
function ranks(order: readonly number[]): Int32Array {
  const rank = new Int32Array(order.length);
  order.forEach((index, place) => (rank[index] = place));
  return rank;
}

/**
 * Where a rule's pattern runs, as [start, end) offsets: the whole text, or for a rule with a
 * `reach` the stretches within reach of its keywords, overlapping ones merged. Every match the
 * whole text would give lies inside one stretch with all it looks at (the `reach` promise), and a
 * stretch's edges are too far from any keyword for a match to start or end there: same matches.
 * Occurrences come in the order they end, so a start may step back a little: merging takes the
 * minimum and folds back into earlier stretches it now touches. Linear: no sort.
 */
function stretches(text: string, rule: Rule, hits: KeywordHits, own: Plan['own'][number], reach: number | null): Stretch[] {
  if (rule.lineWindow !== undefined) return lineWindows(text, rule.lineWindow);
  if (reach === null || own === undefined || !hits.complete) return [[0, text.length]];
  const { keywords: ofRule, longest } = own;
  const before = Math.min(reach, rule.reachBefore ?? reach);
  const merged: [number, number][] = [];
  const { occurrences } = hits;
  for (let h = 0; h < occurrences.length; h += 2) {
    if (ofRule[occurrences[h]!] !== 1) continue;
    const at = occurrences[h + 1]!;
    const from = Math.max(0, at - before);
    const to = Math.min(text.length, at + longest + reach);
    let last = merged[merged.length - 1];
    if (last === undefined || from > last[1]) {
      merged.push([from, to]);
      continue;
    }
    last[0] = Math.min(last[0], from);
    last[1] = Math.max(last[1], to);
    for (let before = merged[merged.length - 2]; before !== undefined && last[0] <= before[1]; before = merged[merged.length - 2]) {
      before[0] = Math.min(before[0], last[0]);
      before[1] = Math.max(before[1], last[1]);
      merged.pop();
      last = before;
    }
  }
  return merged;
}

/**
 * Where the rule's keywords start, in order, for a rule that promises its matches start at most
 * `startsBefore` characters before one (types.ts); undefined when it must scan its stretches
 * instead (no reach, a line window, or keywords too dense to have been recorded).
 */
function keywordStarts(rule: Rule, hits: KeywordHits, own: Plan['own'][number], reach: number | null): Int32Array | undefined {
  if (reach === null || own === undefined || !hits.complete || rule.lineWindow !== undefined) return undefined;
  const { occurrences } = hits;
  const starts: number[] = [];
  for (let h = 0; h < occurrences.length; h += 2) if (own.keywords[occurrences[h]!] === 1) starts.push(occurrences[h + 1]!);
  // Occurrences come in the order they end: a longer keyword's start may come after a shorter one's.
  return Int32Array.from(starts).sort();
}

/**
 * The probe runs at every keyword: compiled to machine code at once, as privatePattern does. The
 * sticky pattern only runs where the probe matched, most texts never: V8 compiles it on first use.
 */
function anchoredPatterns(rule: Rule): Anchored {
  const { source, flags } = withFlags(rule.pattern, (rule.secretGroup ?? 0) > 0 ? 'yd' : 'y');
  const sticky = new RegExp(source, flags.replace('g', ''));
  const probe = new RegExp(`[\\s\\S]{0,${rule.startsBefore ?? 0}}?(?:${source})`, sticky.flags.replace('d', ''));
  probe.exec(TIER_UP_SUBJECT);
  return { probe, sticky };
}

/**
 * Runs a `startsBefore` rule's pattern only where a match can start: from `startsBefore` characters
 * before each of its keywords up to the keyword. The probe asks whether any of those positions
 * starts a match, in one search; the sticky pattern then finds the first that does. Positions
 * are tried in order and none twice, and a match is the one the pattern finds at its position
 * whatever text surrounds it, so the matches are those of a search over the whole text.
 */
function matchFromKeywords(text: string, starts: Int32Array, run: RuleRun, anchored: Anchored): void {
  const { probe, sticky } = anchored;
  const before = run.rule.startsBefore ?? 0;
  let next = 0;
  for (let s = 0; s < starts.length; s++) {
    const keyword = starts[s]!;
    let at = Math.max(keyword - before, next);
    if (at > keyword) continue;
    probe.lastIndex = at;
    next = at + before + 1;
    if (!probe.test(text)) continue;
    let match: RegExpExecArray | null = null;
    for (; match === null && at < next; at++) {
      sticky.lastIndex = at;
      match = sticky.exec(text);
    }
    if (match === null) continue;
    next = match[0] === '' ? match.index + 1 : match.index + match[0].length;
    const restart = consider(text, text, 0, match, run);
    if (restart >= 0) next = restart;
  }
}

interface RuleRun {
  readonly rule: Rule;
  readonly index: number;
  readonly judged: Span[];
  readonly found: Candidate[];
}

/**
 * Runs the pattern on text[from, to) (a slice costs no copy in V8); offsets stay the text's. Only
 * matches starting before `until` count: a line window (lineWindows.ts) leaves the ones starting in
 * its last quarter to the next window, which holds them whole.
 */
function matchRule(text: string, stretch: Stretch, pattern: RegExp, run: RuleRun): void {
  // Indexed, not destructured: a 20 MB commit has ~13,000 stretches, and array destructuring
  // goes through the iterator protocol in code V8 has not optimized yet.
  const from = stretch[0];
  const to = stretch[1];
  const until = stretch[2] ?? to;
  const subject = from === 0 && to === text.length ? text : text.slice(from, to);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(subject); match !== null; match = pattern.exec(subject)) {
    // A zero-length match would never advance lastIndex: step over it.
    if (match[0] === '') pattern.lastIndex = match.index + 1;
    if (from + match.index >= until) break;
    const restart = consider(text, subject, from, match, run);
    if (restart >= 0) pattern.lastIndex = restart;
  }
}

/**
 * Judges one match, found in `subject` = text[from, …), and keeps its candidate. Returns where in
 * `subject` the search must go on instead of after the match, or -1.
 */
function consider(text: string, subject: string, from: number, match: RegExpExecArray, run: RuleRun): number {
  const { rule, index, judged, found } = run;
  const group = rule.secretGroup ?? 0;
  // A match has one slot per capture group: checking the secret group here costs nothing,
  // where compiling every pattern up front to count its groups cost ~8 ms of each hook run.
  if (group >= match.length) throw missingGroup(rule);
  const secret = match[group];
  const local = group === 0 ? match.index : match.indices?.[group]?.[0];
  if (secret === undefined || secret === '' || local === undefined) return -1;
  const start = from + local;
  // A match in a line window may start inside one the previous window kept: keep candidates disjoint.
  if (start < (found.at(-1)?.end ?? 0)) return -1;
  const matchStart = match.index;
  // severityOf may read the text around the match: give it the whole text and its offsets.
  if (subject !== text) {
    match.index += from;
    match.input = text;
  }
  const severity = judge(rule, secret, match);
  if (severity !== undefined) found.push({ rule: index, start, end: start + secret.length, secret, severity });
  else if (rule.general !== true) judged.push({ start, end: start + secret.length });
  // A general rule's rejected value may hold the next assignment's name: in
  // `apiKey = process.env.API_KEY || "…"` the value `process.env.API_KEY` is code, and the
  // fallback after it is the secret. Search again from the value, not after it.
  else return Math.max(local, matchStart + 1);
  return -1;
}

/** The candidate's severity, or undefined when it is not a finding of this rule. */
function judge(rule: Rule, secret: string, match: RegExpExecArray): Severity | undefined {
  if (rule.validate !== undefined && !rule.validate(secret)) return undefined;
  if (rule.placeholderCheck !== false && isPlaceholder(secret)) return undefined;
  return rule.severityOf === undefined ? rule.severity : rule.severityOf(secret, match);
}

/** List order, except that a rule moves right before the earliest rule it `supersedes`. */
function dedupeOrder(rules: readonly Rule[]): number[] {
  const order = rules.map((_rule, index) => index);
  rules.forEach((rule, index) => {
    const targets = (rule.supersedes ?? []).map((id) => order.findIndex((i) => rules[i]?.id === id)).filter((at) => at >= 0);
    const from = order.indexOf(index);
    const to = Math.min(from, ...targets);
    order.splice(from, 1);
    order.splice(to, 0, index);
  });
  return order;
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

/** Rule.partner's answer as a field, only when the rule has one and it found one. */
function partnerOf(rule: Rule, text: string, start: number): { partner?: string } {
  const partner = rule.partner?.(text, start);
  return partner === undefined ? {} : { partner };
}

/** Key blocks and bodies (private-keys.ts and its family): never downgraded by a comment. */
const KEY_PROVIDER = 'Private key';

function toFindings(text: string, rules: readonly Rule[], kept: Candidate[], inlineAllow: boolean): Finding[] {
  if (kept.length === 0) return [];
  const allowed = inlineAllow ? allowedLines(text) : new Set<number>();
  const declared = kept.some((c) => c.severity === 'block') ? declaredPublicLines(text) : new Set<number>();
  const locator = new LineLocator(text);
  const findings: Finding[] = [];
  for (const candidate of kept) {
    const rule = rules[candidate.rule];
    const { line, column } = locator.locate(candidate.start);
    if (rule === undefined || allowed.has(line)) continue;
    // Declared public by a comment (declaredPublic.ts): a warning, except for key blocks.
    const downgrade = candidate.severity === 'block' && declared.has(line) && rule.provider !== KEY_PROVIDER && rule.spansLines === undefined;
    findings.push({
      ruleId: rule.id,
      provider: rule.provider,
      description: rule.description,
      severity: downgrade ? 'warn' : candidate.severity,
      line,
      column,
      secret: candidate.secret,
      ...partnerOf(rule, text, candidate.start),
    });
  }
  return findings;
}
