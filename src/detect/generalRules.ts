/**
 * How general rules (types.ts `general`: the generic assignment rule, credential URLs) yield to
 * specific ones. De-duplication already lets a specific rule's finding win; these helpers also let
 * its "no" win. A specific rule that matched a span and rejected it — failed checksum, docs sample,
 * wrong id — has judged that span, and a catch-all must not report it anyway. A rule that did not
 * match decided nothing (issue 12): a provider's name in the variable (`MISTRAL_API_KEY=…` holding
 * a value Mistral's rule does not take) or a prefix of no rule (`sk_` of ElevenLabs, which is not
 * Stripe's `sk_live_`) leaves the value to the general rule.
 */
import type { Rule } from './types.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The literal prefixes by which a specific rule recognises its token (`ghp_`, `sk_live_`, `glpat-`,
 * `HRKU-`): those of its `prefixes` that are also its keywords, i.e. what its pre-filter keys on.
 * A prefix shared by several formats and not a keyword (`sk-`: OpenAI's legacy keys are known by
 * their `T3BlbkFJ` marker, DeepSeek's by their label) recognises nothing.
 */
export function claimPrefixes(rule: Rule): readonly string[] {
  if (rule.general === true || rule.prefixes === undefined) return [];
  return rule.prefixes.filter((prefix) => rule.keywords.includes(prefix.toLowerCase()));
}

/**
 * Where a value starts with one of `prefixes` (not inside a longer word: `xghp_` is not GitHub's):
 * the rule whose prefix it is matched there, and its verdict on the rest — a wrong length, a failed
 * checksum — stands (types.ts `general`). Spans cover the prefix, which every candidate holding the
 * value overlaps.
 */
export function prefixSpans(text: string, prefixes: readonly string[], into: Span[]): void {
  for (const prefix of prefixes) {
    for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
      if (at === 0 || !/[A-Za-z0-9]/.test(text.charAt(at - 1))) into.push({ start: at, end: at + prefix.length });
    }
  }
}

/**
 * Drops the candidates that overlap a judged span. Spans are sorted by start with a running
 * maximum of their ends, so each candidate costs one binary search: O((n + m) log m).
 */
export function withoutJudged<T extends Span>(candidates: readonly T[], judged: readonly Span[]): T[] {
  if (judged.length === 0) return [...candidates];
  const spans = [...judged].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const span of spans) maxEnd.push(Math.max(span.end, maxEnd.at(-1) ?? 0));
  return candidates.filter((candidate) => {
    // Number of spans starting before the candidate ends; the furthest end among them decides.
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((spans[mid]?.start ?? 0) < candidate.end) low = mid + 1;
      else high = mid;
    }
    return low === 0 || (maxEnd[low - 1] ?? 0) <= candidate.start;
  });
}
