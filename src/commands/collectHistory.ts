import type { AddedBlock, HistoryCommit, HistoryResult } from '../git/types.js';
import { streamHistory, type HistoryRange } from '../git/streamHistory.js';
import { fingerprint } from '../report/mask.js';
import type { HistoryOccurrence, UnscannedFile } from '../report/types.js';
import type { RuleSet } from './loadRuleSet.js';
import { HistoryContent, type CommitAt } from './HistoryContent.js';
import { locateFindings, type PlacedFinding } from './locateFindings.js';
import { scanContentChanges } from './scanContentChanges.js';

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
}

export interface CollectedHistory {
  /** By fingerprint. */
  readonly keys: ReadonlyMap<string, HistoryKey>;
  readonly result: HistoryResult;
  /** File changes skipped by the config's path allowlist. */
  readonly allowlisted: number;
  /** Content that could not be scanned (over a limit, an LFS object not present), per commit. */
  readonly unscanned: readonly UnscannedFile[];
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
  const found = (at: CommitAt, block: AddedBlock) => {
    for (const finding of locateFindings(block, rules, allow)) {
      remember(keys, { fingerprint: fingerprint(finding.secret), finding, commit: at.commit, order: at.order, others: [], count: 1 });
    }
  };
  const content = new HistoryContent(allow);
  const onBlock = (commit: HistoryCommit, block: AddedBlock) => {
    if (allow.pathAllowed(block.path)) return void (allowlisted += 1);
    content.see(block);
    found({ commit, order }, block);
  };
  const streamed = await streamHistory(root, range, {
    onBlock,
    onCommit: (commit) => {
      order += 1;
      onCommit?.(commit);
    },
    onFiles: (commit, files) => content.commitFiles({ commit, order }, files),
  });
  const outcome = await scanContentChanges(root, content.changes, (change, block) => found(change.tag, block));
  const result: HistoryResult = {
    ...streamed,
    addedBytes: streamed.addedBytes + outcome.bytes,
    fileChanges: streamed.fileChanges + outcome.scanned.filter((c) => !c.textScanned).length,
    binarySkipped: outcome.binary.length,
  };
  const unscanned = outcome.unscanned.map(({ change, reason }) => ({ file: change.path, reason, commit: change.tag.commit.id }));
  return { keys, result, allowlisted, unscanned };
}

function remember(keys: Map<string, HistoryKey>, seen: HistoryKey): void {
  const known = keys.get(seen.fingerprint);
  if (!known) return void keys.set(seen.fingerprint, seen);
  known.count += 1;
  // Same commit (another file or line): the first one seen stays first.
  if (seen.order === known.order) return keep(known.others, occurrenceOf(seen));
  keep(known.others, occurrenceOf(known));
  Object.assign(known, { finding: seen.finding, commit: seen.commit, order: seen.order });
}

function keep(others: HistoryOccurrence[], occurrence: HistoryOccurrence): void {
  if (others.length < MAX_OTHERS) others.push(occurrence);
}

function occurrenceOf(key: Pick<HistoryKey, 'finding' | 'commit'>): HistoryOccurrence {
  return { commit: key.commit.id, file: key.finding.file, line: key.finding.line };
}
