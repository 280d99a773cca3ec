import { readBaseline } from '../config/baseline.js';
import type { ResolvedConfig } from '../config/defaults.js';
import { workTreeFiles } from '../config/repoFiles.js';
import type { Rule } from '../detect/types.js';
import type { HistoryRange } from '../git/streamHistory.js';
import { isShallowRepository } from '../git/isShallowRepository.js';
import type { HistoryResult } from '../git/types.js';
import * as messages from '../messages.js';
import type { ScanReport, UnscannedFile } from '../report/types.js';
import { applyBaseline } from './applyBaseline.js';
import { collectHistory, type HistoryKey } from './collectHistory.js';
import type { HistoryRepository } from './historyRepository.js';
import { loadRuleSet } from './loadRuleSet.js';
import { toHistoryFindings } from './toHistoryFindings.js';
import type { CommandIo, OutputFormat } from './types.js';
import { unscannedNotes, type UnscannableMode } from './unscannable.js';

export interface HistoryScan {
  readonly report: ScanReport;
  /** The keys reported (baseline-accepted ones removed). Hold secrets: only `scrub` writes them. */
  readonly keys: readonly HistoryKey[];
  /** The rules the keys were found with (masks and fingerprints depend on them). */
  readonly rules: readonly Rule[];
  /** Content not scanned (also in report.stats and notes) and the config's onUnscannable, if set. */
  readonly unscanned: readonly UnscannedFile[];
  readonly onUnscannable: UnscannableMode | undefined;
  /** The repository's config (its `verify`, its custom rules). */
  readonly config: ResolvedConfig;
}

/**
 * The shared core of scan-history, check-push, check-receive and scrub: stream `range`, keep each key once,
 * drop baseline-accepted ones, look up which were pushed, and explain what was not scanned.
 */
export async function buildHistoryReport(
  repository: HistoryRepository,
  range: HistoryRange,
  options: {
    readonly scope: 'history' | 'push' | 'receive';
    readonly format: OutputFormat;
    readonly heading: (blocking: number) => string;
    /** Said before the scan's own notes (check-push: why the remote's view is partial). */
    readonly notes?: readonly string[];
    /** The commit the remediation calls HEAD (check-receive: the pushed tip); default the repository's HEAD. */
    readonly head?: string;
  },
  io: CommandIo,
): Promise<HistoryScan> {
  const { scope, format } = options;
  const started = io.now();
  const root = repository.root;
  const files = repository.files ?? workTreeFiles(root);
  const [ruleSet, shallow] = await Promise.all([loadRuleSet(root, files), isShallowRepository(root)]);
  // Read before the (possibly long) scan: an invalid baseline fails at once.
  const accepted = new Set(readBaseline(files).map((e) => e.fingerprint));
  const progress = showProgress(io, format === 'text');
  const collected = await collectHistory(root, range, ruleSet, progress.onCommit).finally(progress.done);
  const all = [...collected.keys.values()];
  const { kept: keys, notes: baselineNotes } = applyBaseline(all, accepted, ruleSet.rules, (k) => k.finding);
  const found = await toHistoryFindings(root, keys, ruleSet.rules, options.head);
  const { findings } = found;
  // check-receive reads a bare repository too, but its advice is for the pusher's clone, which has a work tree.
  const bare = repository.bare === true && scope !== 'receive';
  const history = bare ? { ...found.history, bare: true } : found.history;
  const { result } = collected;
  const notes = [...(options.notes ?? []), ...historyNotes(result, shallow, collected.allowlisted)];
  notes.push(...unscannedNotes(collected.unscanned));
  if (bare) notes.push(messages.BARE_REPOSITORY_NOTE);
  notes.push(...baselineNotes);
  const stats = {
    files: result.fileChanges,
    bytes: result.addedBytes,
    binarySkipped: result.binarySkipped,
    ms: Math.round(io.now() - started),
    commits: result.commits,
    unscanned: collected.unscanned,
  };
  const heading = options.heading(findings.filter((f) => f.severity === 'block').length);
  const report = { findings, stats, notes, firstCommit: false, scope, heading, history };
  return { report, keys, rules: ruleSet.rules, unscanned: collected.unscanned, onUnscannable: ruleSet.config.onUnscannable, config: ruleSet.config };
}

/** The report of a history command that had no commit to read (unborn branch, nothing to push). */
export function emptyHistoryReport(scope: 'history' | 'push'): ScanReport {
  return { findings: [], stats: { files: 0, bytes: 0, binarySkipped: 0, ms: 0, commits: 0 }, notes: [], firstCommit: false, scope };
}

function historyNotes(result: HistoryResult, shallow: boolean, allowlisted: number): string[] {
  const notes: string[] = [];
  if (shallow) notes.push(messages.SHALLOW_NOTE);
  if (result.octopus.length > 0) notes.push(messages.octopusNote(result.octopus));
  if (result.binarySkipped > 0) notes.push(messages.historyBinaryNote(result.binarySkipped));
  if (result.submodules.count > 0) notes.push(messages.historySubmoduleNote(result.submodules.paths, result.submodules.count));
  if (allowlisted > 0) notes.push(messages.historyAllowlistNote(allowlisted));
  return notes;
}

/** A one-line counter on stderr, only for a person watching a text report (never for JSON/SARIF). */
function showProgress(io: CommandIo, textFormat: boolean): { onCommit: () => void; done: () => void } {
  if (!io.stderrIsTTY || !textFormat) return { onCommit: () => undefined, done: () => undefined };
  let commits = 0;
  let shownAt = io.now();
  let shown = false;
  return {
    onCommit: () => {
      commits += 1;
      // Check the clock every 64 commits, draw at most 5 times a second.
      if ((commits & 63) !== 0 || io.now() - shownAt < 200) return;
      shownAt = io.now();
      shown = true;
      io.stderr(`\r${messages.historyProgress(commits)}`);
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}
