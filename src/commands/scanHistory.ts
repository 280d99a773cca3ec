import { ExitCode, KeyguardError } from '../errors.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { hasHead } from '../git/hasHead.js';
import type { HistoryRange } from '../git/streamHistory.js';
import { ALL_WITH_REVISIONS, historyHeading, NO_COMMITS } from '../messages.js';
import { buildHistoryReport, emptyHistoryReport } from './buildHistoryReport.js';
import { historyRepository } from './historyRepository.js';
import type { CommandIo, OutputFormat } from './types.js';
import { enforceUnscannable } from './unscannable.js';
import { exitCodeOf, historyCandidates, verifyReport, verifying, type VerifyChoice } from './verification.js';
import { writeReport } from './writeReport.js';

export interface HistoryOptions {
  /** Revisions as the user typed them (`main..feature`, `v1.0`, `^old new`); default HEAD. */
  readonly revisions: readonly string[];
  readonly all: boolean;
  /** --verify / --fail-on-live (the config's `verify` counts too). */
  readonly verify?: VerifyChoice;
}

/** The range of a history command: --all, the given revisions, or HEAD. */
export function historyRange(options: HistoryOptions): HistoryRange {
  if (options.all && options.revisions.length > 0) throw new KeyguardError('usage', ALL_WITH_REVISIONS);
  if (options.all) return { kind: 'all' };
  return { kind: 'revisions', revisions: options.revisions.length > 0 ? options.revisions : ['HEAD'] };
}

/**
 * `keyguard scan-history [<rev-range>… | --all]`: every key ever added in the given commits, each
 * reported once (the oldest commit that added it, plus where else), with whether it was pushed.
 * Exit codes as check-staged: 0 nothing blocking, 1 blocking keys in history.
 */
export async function scanHistory(options: HistoryOptions, format: OutputFormat, io: CommandIo): Promise<number> {
  const range = historyRange(options);
  const repository = await historyRepository(io.cwd, getRepoRoot);
  const root = repository.root;
  // A fresh repository has no HEAD to default to; an explicit revision that does not exist is git's error.
  if (!options.all && options.revisions.length === 0 && !(await hasHead(root))) {
    if (format === 'text') io.stdout(`${NO_COMMITS}\n`);
    else writeReport(emptyHistoryReport('history'), format, io);
    return ExitCode.ok;
  }
  const scan = await buildHistoryReport(repository, range, { scope: 'history', format, heading: historyHeading }, io);
  const { unscanned, onUnscannable } = scan;
  const report = verifying(options.verify, scan.config, true) ? await verifyReport(scan.report, historyCandidates(scan.keys, scan.config.customRules), io, format) : scan.report;
  writeReport(report, format, io);
  // A history scan is a report, not a gate: it lists what it could not read unless told to block.
  enforceUnscannable(unscanned, onUnscannable ?? 'note');
  return exitCodeOf(report.findings, report.findings.some((f) => f.severity === 'block') ? ExitCode.blocked : ExitCode.ok, options.verify);
}

