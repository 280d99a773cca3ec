import type { Rule } from '../detect/types.js';
import { findRemoteRefContaining, hasRemoteTrackingRefs } from '../git/findRemoteRefContaining.js';
import { getHeadCommit } from '../git/getHeadCommit.js';
import { filterAncestors } from '../git/filterAncestors.js';
import type { HistoryFacts, ReportFinding } from '../report/types.js';
import type { HistoryKey } from './collectHistory.js';
import { reportFinding } from './toReportFindings.js';

/** git processes run at once for the per-commit reachability questions. */
const PARALLEL = 4;

/**
 * Keys found in history become report findings (masked, fingerprinted), oldest first, each with
 * whether it was pushed: some commit that added it is reachable from a remote-tracking branch.
 * Only commits with keys are looked up, one `for-each-ref --contains` each, and none at all when
 * the repository has no remote-tracking ref. Then the facts the rewrite advice needs.
 */
export async function toHistoryFindings(
  root: string,
  keys: readonly HistoryKey[],
  rules: readonly Rule[],
  /** The commit the rewrite advice treats as HEAD; default the repository's own HEAD. */
  head?: string,
): Promise<{ findings: ReportFinding[]; history: HistoryFacts }> {
  const sorted = [...keys].sort((a, b) => b.order - a.order);
  const pushedRef = sorted.length > 0 && (await hasRemoteTrackingRefs(root)) ? remoteLookup(root) : async () => null;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const findings = await mapLimit(sorted, PARALLEL, async (key) =>
    toFinding(key, byId.get(key.finding.ruleId)!, await pushedRef([key.commit.id, ...key.others.map((o) => o.commit)])),
  );
  const unpushed = sorted.filter((_, i) => findings[i]!.severity === 'block' && !findings[i]!.pushed);
  return { findings, history: await historyFacts(root, unpushed, head) };
}

/** The first remote-tracking branch containing any of `commits`, asking git once per distinct commit. */
function remoteLookup(root: string): (commits: readonly string[]) => Promise<string | null> {
  const cache = new Map<string, Promise<string | null>>();
  return async (commits) => {
    for (const commit of commits) {
      if (!cache.has(commit)) cache.set(commit, findRemoteRefContaining(root, commit));
      const ref = await cache.get(commit)!;
      if (ref !== null) return ref;
    }
    return null;
  };
}

function toFinding(key: HistoryKey, rule: Rule, pushedTo: string | null): ReportFinding {
  return {
    ...reportFinding(key.finding, key.fingerprint, rule, []),
    ...(key.in === undefined ? {} : { in: key.in }),
    commit: key.commit.id,
    authorDate: key.commit.authorDate,
    pushed: pushedTo !== null,
    ...(pushedTo === null ? {} : { pushedTo }),
    alsoIn: key.others,
    occurrences: key.count,
  };
}

/** HEAD and the oldest not-pushed commit with a key on it: `git rebase -i <that>^` rewrites them all. */
async function historyFacts(root: string, unpushed: readonly HistoryKey[], given: string | undefined): Promise<HistoryFacts> {
  if (unpushed.length === 0) return { head: null, elsewhere: [] };
  const head = given ?? (await getHeadCommit(root));
  // Keys in messages are reworded (messageSteps needs only HEAD), not edited out of files.
  const commits = new Map(unpushed.filter((k) => k.in === undefined).map((k) => [k.commit.id, k]));
  const onHead = head === null ? new Set<string>() : await filterAncestors(root, head, new Set(commits.keys()));
  const keys = [...commits.values()];
  const first = keys.filter((k) => onHead.has(k.commit.id)).sort((a, b) => b.order - a.order)[0];
  return {
    head,
    ...(first ? { firstBad: { commit: first.commit.id, root: first.commit.parents.length === 0 } } : {}),
    elsewhere: keys.filter((k) => !onHead.has(k.commit.id)).map((k) => k.commit.id),
  };
}

/** `Promise.all(items.map(fn))` with at most `limit` calls running. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
