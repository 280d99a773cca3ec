import type { AddedBlock, HistoryCommit, HistoryResult } from '../git/types.js';
import { streamHistory, type HistoryRange } from '../git/streamHistory.js';
import { fingerprint, prepareFingerprints } from '../report/fingerprint.js';
import type { HistoryOccurrence, MessageKind, UnscannedFile } from '../report/types.js';
import { collectMessages } from './collectMessages.js';
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
  /** Set when this occurrence is in a commit or tag message (then `commit` is that commit or tag object). */
  in?: MessageKind;
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
  // By secret while streaming (a guessable one's fingerprint is a slow hash, computed once at the
  // end for all of them in parallel); the same secret from a guessable and another rule is two keys,
  // as their fingerprints differ.
  const seen = new Map<string, HistoryKey>();
  let order = 0;
  let allowlisted = 0;
  const guessable = new Set(rules.filter((r) => r.guessable === true).map((r) => r.id));
  const identity = (finding: PlacedFinding) => `${guessable.has(finding.ruleId) ? 'g' : 'k'}${finding.secret}`;
  const found = (at: CommitAt, block: AddedBlock) => {
    for (const finding of locateFindings(block, rules, allow)) {
      remember(seen, identity(finding), { fingerprint: '', finding, commit: at.commit, order: at.order, others: [], count: 1 });
    }
  };
  const content = new HistoryContent(allow);
  const onBlock = (commit: HistoryCommit, block: AddedBlock) => {
    if (allow.pathAllowed(block.path)) return void (allowlisted += 1);
    content.see(block);
    found({ commit, order }, block);
  };
  // Messages in a second, lighter `git log` (no diff) running alongside; same commit order.
  const [streamed] = await Promise.all([
    streamHistory(root, range, {
      onBlock,
      onCommit: (commit) => {
        order += 1;
        onCommit?.(commit);
      },
      onFiles: (commit, files) => content.commitFiles({ commit, order }, files),
    }),
    collectMessages(root, range, { rules, allow }, (key) => remember(seen, identity(key.finding), key)),
  ]);
  // What git showed as binary, decided by content (attributes, encodings, LFS, limits).
  const outcome = await scanContentChanges(root, content.changes, (change, block) => found(change.tag, block));
  const result: HistoryResult = {
    ...streamed,
    addedBytes: streamed.addedBytes + outcome.bytes,
    fileChanges: streamed.fileChanges + outcome.scanned.filter((c) => !c.textScanned).length,
    binarySkipped: outcome.binary.length,
  };
  const unscanned = outcome.unscanned.map(({ change, reason }) => ({ file: change.path, reason, commit: change.tag.commit.id }));
  const all = [...seen.values()];
  await prepareFingerprints(all.map((k) => k.finding), rules);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const keys = new Map(all.map((k) => {
    const fp = fingerprint(k.finding.secret, byId.get(k.finding.ruleId));
    return [fp, { ...k, fingerprint: fp }] as const;
  }));
  return { keys, result, allowlisted, unscanned };
}

function remember(keys: Map<string, HistoryKey>, identity: string, seen: HistoryKey): void {
  const known = keys.get(identity);
  if (!known) return void keys.set(identity, seen);
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
