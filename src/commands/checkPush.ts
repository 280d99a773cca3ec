import { ExitCode } from '../errors.js';
import { getHookRepoRoot } from '../git/getRepoRoot.js';
import { NOTHING_TO_PUSH, pushHeading } from '../messages.js';
import { buildHistoryReport, emptyHistoryReport } from './buildHistoryReport.js';
import { historyRepository } from './historyRepository.js';
import { isZeroId, parsePushLines } from './parsePushLines.js';
import { remoteHas } from './remoteHas.js';
import type { CommandIo, OutputFormat } from './types.js';
import { enforceUnscannable } from './unscannable.js';
import { historyCandidates, verifyReport, type VerifyChoice } from './verification.js';
import { writeReport } from './writeReport.js';

/**
 * `keyguard check-push [<remote> [<url>]]`, the pre-push hook: git passes the remote's name and
 * URL as arguments and one line per ref on stdin (githooks(5) "pre-push"). Scans every commit the
 * push would add to the remote, so keys committed with --no-verify or before keyguard was
 * installed are caught before they leave. Exit 0 clean, 1 blocked; errors fail closed (exit 2).
 */
export async function checkPush(args: readonly string[], format: OutputFormat, io: CommandIo, verify?: VerifyChoice): Promise<number> {
  // `<name> <url>`, or `<url> <url>` for `git push <url>`: what the remote has is asked of the URL.
  const [remote, url = remote] = args;
  const updates = parsePushLines((await io.readStdin()).toString('utf8'));
  const repository = await historyRepository(io.cwd, getHookRepoRoot);
  // A deletion sends no commit.
  const include = [...new Set(updates.filter((u) => !isZeroId(u.localId)).map((u) => u.localId))];
  if (include.length === 0) {
    if (format === 'text') io.stdout(`${NOTHING_TO_PUSH}\n`);
    else writeReport(emptyHistoryReport('push'), format, io);
    return ExitCode.ok;
  }
  const view = await remoteHas(repository.root, updates, url);
  const range = { kind: 'push' as const, include, exclude: view.exclude };
  const heading = (n: number) => pushHeading(n, remote ?? 'the remote');
  const scan = await buildHistoryReport(repository, range, { scope: 'push', format, heading, notes: view.note === undefined ? [] : [view.note] }, io);
  const { unscanned, onUnscannable } = scan;
  // Only the command line's --verify: a push never waits on a network because of a config file.
  const report = verify?.verify === true ? await verifyReport(scan.report, historyCandidates(scan.keys, scan.config.customRules), io, format) : scan.report;
  writeReport(report, format, io);
  enforceUnscannable(unscanned, onUnscannable ?? 'block');
  // Verified or not, a hook's exit code is that of its findings (no --fail-on-live here: src/cliSpec.ts).
  return report.findings.some((f) => f.severity === 'block') ? ExitCode.blocked : ExitCode.ok;
}
