import type { Rule } from '../detect/types.js';
import { findRemoteRefContaining, hasRemoteTrackingRefs } from '../git/findRemoteRefContaining.js';
import { getHeadCommit } from '../git/getHeadCommit.js';
import { isAncestor } from '../git/isAncestor.js';
import { redact } from '../report/mask.js';
import type { HistoryFacts, ReportFinding } from '../report/types.js';
import type { HistoryKey } from './collectHistory.js';

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
): Promise<{ findings: ReportFinding[]; history: HistoryFacts }> {
  const sorted = [...keys].sort((a, b) => b.order - a.order);
  const remoteRefs = sorted.length > 0 && (await hasRemoteTrackingRefs(root));
  const lookups = new Map<string, Promise<string | null>>();
  const pushedTo = (commit: string) => {
    if (!remoteRefs) return Promise.resolve(null);
    if (!lookups.has(commit)) lookups.set(commit, findRemoteRefContaining(root, commit));
    return lookups.get(commit)!;
  };
  const linksOf = new Map(rules.map((r) => [r.id, r.remediation]));
  const findings = await mapLimit(sorted, PARALLEL, async (key) => {
    let ref: string | null = null;
    for (const commit of [key.commit.id, ...key.others.map((o) => o.commit)]) if (ref === null) ref = await pushedTo(commit);
    return toFinding(key, linksOf.get(key.finding.ruleId)!, ref);
  });
  return { findings, history: await historyFacts(root, sorted.filter((k, i) => findings[i]!.severity === 'block' && !findings[i]!.pushed)) };
}

function toFinding(key: HistoryKey, links: ReportFinding['links'], pushedTo: string | null): ReportFinding {
  const f = key.finding;
  return {
    ruleId: f.ruleId,
    provider: f.provider,
    description: f.description,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    redacted: redact(f.secret),
    fingerprint: key.fingerprint,
    links,
    inHead: [],
    commit: key.commit.id,
    authorDate: key.commit.authorDate,
    pushed: pushedTo !== null,
    ...(pushedTo === null ? {} : { pushedTo }),
    alsoIn: key.others,
    occurrences: key.count,
  };
}

/** HEAD and the oldest not-pushed commit with a key on it: `git rebase -i <that>^` rewrites them all. */
async function historyFacts(root: string, unpushed: readonly HistoryKey[]): Promise<HistoryFacts> {
  const head = await getHeadCommit(root);
  const commits = new Map(unpushed.map((k) => [k.commit.id, k]));
  const onHead = await mapLimit([...commits.values()], PARALLEL, async (k) => head !== null && (await isAncestor(root, k.commit.id, head)));
  const keys = [...commits.values()];
  const first = keys.filter((_, i) => onHead[i]).sort((a, b) => b.order - a.order)[0];
  return {
    head,
    ...(first ? { firstBad: { commit: first.commit.id, root: first.commit.parents.length === 0 } } : {}),
    elsewhere: keys.filter((_, i) => !onHead[i]).map((k) => k.commit.id),
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
