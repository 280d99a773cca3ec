import { ExitCode } from '../errors.js';
import { commitExists } from '../git/commitExists.js';
import { getHookRepoRoot } from '../git/getRepoRoot.js';
import { NOTHING_TO_PUSH, pushHeading } from '../messages.js';
import { buildHistoryReport, emptyHistoryReport } from './buildHistoryReport.js';
import { historyRepository } from './historyRepository.js';
import { isZeroId, parsePushLines } from './parsePushLines.js';
import type { CommandIo, OutputFormat } from './types.js';
import { enforceUnscannable } from './unscannable.js';
import { writeReport } from './writeReport.js';

/**
 * `keyguard check-push [<remote> [<url>]]`, the pre-push hook: git passes the remote's name and
 * URL as arguments and one line per ref on stdin (githooks(5) "pre-push"). Scans every commit the
 * push would add to the remote, so keys committed with --no-verify or before keyguard was
 * installed are caught before they leave. Exit 0 clean, 1 blocked; errors fail closed (exit 2).
 */
export async function checkPush(args: readonly string[], format: OutputFormat, io: CommandIo): Promise<number> {
  const [remote] = args;
  const updates = parsePushLines((await io.readStdin()).toString('utf8'));
  const repository = await historyRepository(io.cwd, getHookRepoRoot);
  const root = repository.root;
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const update of updates) {
    // A deletion sends no commit.
    if (isZeroId(update.localId)) continue;
    include.add(update.localId);
    // What the remote ref holds now, if we have it (an update or a force push). A new branch, or
    // an old tip we never fetched, leaves only the remote-tracking refs to say what it already has.
    if (!isZeroId(update.remoteId) && (await commitExists(root, update.remoteId))) exclude.add(update.remoteId);
  }
  if (include.size === 0) {
    if (format === 'text') io.stdout(`${NOTHING_TO_PUSH}\n`);
    else writeReport(emptyHistoryReport('push'), format, io);
    return ExitCode.ok;
  }
  const range = { kind: 'push' as const, include: [...include], exclude: [...exclude], ...(remote ? { remote } : {}) };
  const heading = (n: number) => pushHeading(n, remote ?? 'the remote');
  const { report, unscanned, onUnscannable } = await buildHistoryReport(repository, range, { scope: 'push', format, heading }, io);
  writeReport(report, format, io);
  enforceUnscannable(unscanned, onUnscannable ?? 'block');
  return report.findings.some((f) => f.severity === 'block') ? ExitCode.blocked : ExitCode.ok;
}
