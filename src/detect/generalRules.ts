/**
 * How general rules (types.ts `general`: the generic assignment rule, credential URLs) yield to
 * specific ones. De-duplication already lets a specific rule's finding win; these helpers also let
 * its "no" win. A specific rule that matched a span and rejected it — failed checksum, docs sample,
 * wrong id — has judged that span, and a catch-all must not report it anyway. Likewise for a value
 * carrying a specific rule's keyword, or sitting under a name that does (`MISTRAL_API_KEY=…`).
 */
import { compileKeywords, type KeywordMatcher } from './keywords.js';
import type { Rule } from './types.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Keywords of the specific rules, less those a general rule uses too: a word such as `token` or
 * `secret` is what general rules are built on and names no provider. Rules limited to some files
 * (`paths`: the Dockerfile rule's `env`, `arg`) name no provider either: with them,
 * `process.env.API_KEY || "…"` yielded to a rule that never runs on a `.js` file.
 */
export function specificKeywords(rules: readonly Rule[]): KeywordMatcher {
  const general = new Set(rules.filter((rule) => rule.general === true).flatMap((rule) => rule.keywords));
  const specific = rules.filter((rule) => rule.general !== true && rule.paths === undefined).flatMap((rule) => rule.keywords);
  return compileKeywords(specific.filter((keyword) => !general.has(keyword)));
}

/**
 * Inside the secret a keyword counts where it marks a provider's token: at its start (`ghp_`, `AKIA`,
 * `eyJ`), or anywhere when chance cannot put it there — 6+ characters (OpenAI's `T3BlbkFJ`) or
 * punctuation (Azure's `8Q~`). A short alphanumeric one in the middle is chance: `acdb` sits in
 * 0.04% of random 32-hex values, `eyj` in 0.1% of random 32-base62 ones.
 */
const MARKER_ANYWHERE = 6;

function marks(keyword: string, lowerSecret: string): boolean {
  return keyword.length >= MARKER_ANYWHERE || /[^a-z0-9]/.test(keyword) || lowerSecret.startsWith(keyword);
}

/** `keyword` starts a word of `name`: `CO_API_KEY`, `my_co_api_key`, `myCoApiKey`, not `DECO_API_KEY`. */
function startsWord(name: string, keyword: string): boolean {
  const lower = name.toLowerCase();
  for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
    const before = name.charAt(at - 1);
    if (at === 0 || /[_.-]/.test(before) || (/[a-z0-9]/.test(before) && /[A-Z]/.test(name.charAt(at)))) return true;
  }
  return false;
}

/** True when a general rule's candidate belongs to a specific rule by its keywords. */
export function claimedBySpecific(matchSpecific: KeywordMatcher, name: string, secret: string): boolean {
  if ([...matchSpecific(name).found].some((keyword) => startsWord(name, keyword))) return true;
  const lower = secret.toLowerCase();
  return [...matchSpecific(secret).found].some((keyword) => marks(keyword, lower));
}

/** Longest variable name looked at before a general rule's match. */
const NAME_LOOKBACK = 64;
const NAME_CHAR = /[A-Za-z0-9_.-]/;

/** The identifier that ends at `offset`: `MISTRAL_` before the `API_KEY=…` a general rule matched. */
export function nameBefore(text: string, offset: number): string {
  let from = offset;
  while (from > 0 && offset - from < NAME_LOOKBACK && NAME_CHAR.test(text.charAt(from - 1))) from--;
  return text.slice(from, offset);
}

/**
 * The whole variable name at a general rule's match: what precedes it and the identifier it starts
 * with, `MISTRAL_` + `API_KEY`, so label rules' keywords (`mistral_api_key`) are found.
 */
export function nameAt(text: string, match: RegExpExecArray): string {
  return nameBefore(text, match.index) + (/^[A-Za-z0-9_.-]*/.exec(match[0])?.[0] ?? '');
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
