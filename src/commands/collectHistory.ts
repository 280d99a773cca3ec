import type { AddedBlock, HistoryCommit, HistoryResult } from '../git/types.js';
import { streamHistory, type HistoryRange } from '../git/streamHistory.js';
import { fingerprint } from '../report/mask.js';
import type { HistoryOccurrence, MessageKind } from '../report/types.js';
import { collectMessages } from './collectMessages.js';
import type { RuleSet } from './loadRuleSet.js';
import { locateFindings, type PlacedFinding } from './locateFindings.js';

/** Other places a key was added that are remembered per key: memory stays bounded on any history. */
const MAX_OTHERS = 20;

/** One distinct key (by fingerprint) of a history scan. Holds the secret: stays inside the commands. */
export interface HistoryKey {
  readonly fingerprint: string;
  /** The occurrence in the oldest commit that added it. */
  finding: PlacedFinding;
  commit: HistoryCommit;
  /** Position of `commit` in git's output; in topological order a bigger one is never a descendant. */
  order: number;
  readonly others: HistoryOccurrence[];
  /** How many times it was added, in all. */
  count: number;
  /** Set when this occurrence is in a commit or tag message (then `commit` is that commit or tag object). */
  in?: MessageKind;
}

export interface CollectedHistory {
  /** By fingerprint. */
  readonly keys: ReadonlyMap<string, HistoryKey>;
  readonly result: HistoryResult;
  /** File changes skipped by the config's path allowlist. */
  readonly allowlisted: number;
}

/**
 * Stream `range` and keep each key once: the occurrence in the oldest commit that added it (git
 * prints parents after children, so the last commit seen is the oldest) plus where else it was
 * added. Only keys are kept, never lines or blocks.
 */
export async function collectHistory(
  root: string,
  range: HistoryRange,
  { rules, allow }: Pick<RuleSet, 'rules' | 'allow'>,
  onCommit?: (commit: HistoryCommit) => void,
): Promise<CollectedHistory> {
  const keys = new Map<string, HistoryKey>();
  let order = 0;
  let allowlisted = 0;
  const onBlock = (commit: HistoryCommit, block: AddedBlock) => {
    if (allow.pathAllowed(block.path)) return void (allowlisted += 1);
    for (const finding of locateFindings(block, rules, allow)) {
      remember(keys, { fingerprint: fingerprint(finding.secret), finding, commit, order, others: [], count: 1 });
    }
  };
  // Messages in a second, lighter `git log` (no diff) running alongside; same commit order.
  const [result] = await Promise.all([
    streamHistory(root, range, {
      onBlock,
      onCommit: (commit) => {
        order += 1;
        onCommit?.(commit);
      },
    }),
    collectMessages(root, range, { rules, allow }, (key) => remember(keys, key)),
  ]);
  return { keys, result, allowlisted };
}

function remember(keys: Map<string, HistoryKey>, seen: HistoryKey): void {
  const known = keys.get(seen.fingerprint);
  if (!known) return void keys.set(seen.fingerprint, seen);
  known.count += 1;
  // Same commit (another file or line): the first one seen stays first.
  // The file and message passes interleave: only a bigger order (an older commit) takes the lead.
  if (seen.order <= known.order) return keep(known.others, occurrenceOf(seen));
  keep(known.others, occurrenceOf(known));
  Object.assign(known, { finding: seen.finding, commit: seen.commit, order: seen.order, in: seen.in });
}

function keep(others: HistoryOccurrence[], occurrence: HistoryOccurrence): void {
  if (others.length < MAX_OTHERS) others.push(occurrence);
}

function occurrenceOf(key: Pick<HistoryKey, 'finding' | 'commit' | 'in'>): HistoryOccurrence {
  return { commit: key.commit.id, ...(key.in === undefined ? {} : { in: key.in }), file: key.finding.file, line: key.finding.line };
}
