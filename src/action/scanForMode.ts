import { CONFIG_FILES, PACKAGE_JSON } from '../config/loadConfig.js';
import { BASELINE_FILE } from '../config/baseline.js';
import { treeFiles } from '../config/repoFiles.js';
import { KeyguardError } from '../errors.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { isShallowRepository } from '../git/isShallowRepository.js';
import { readHeadFiles } from '../git/readHeadFiles.js';
import * as messages from '../messages.js';
import type { ScanReport, UnscannedFile } from '../report/types.js';
import { buildHistoryReport, emptyHistoryReport } from '../commands/buildHistoryReport.js';
import { historyRepository, type HistoryRepository } from '../commands/historyRepository.js';
import { buildScanReport } from '../commands/scan.js';
import type { CommandIo } from '../commands/types.js';
import type { UnscannableMode } from '../commands/unscannable.js';
import type { ActionMode } from './actionModes.js';
import { eventRange, readEvent } from './githubEvent.js';
import { resolveRange } from './resolveRange.js';


export interface ModeScan {
  readonly report: ScanReport;
  readonly unscanned: readonly UnscannedFile[];
  /** What to do about unscanned content: the config's choice, else the mode's default. */
  readonly onUnscannable: UnscannableMode;
}

export interface GithubEventEnvironment {
  /** GITHUB_EVENT_NAME */
  readonly eventName: string | undefined;
  /** GITHUB_EVENT_PATH */
  readonly eventPath: string | undefined;
}

/** Every mode is a CI gate: content it could not read blocks (exit 2) unless the config says `note`. */
export async function scanForMode(mode: ActionMode, env: GithubEventEnvironment, io: CommandIo): Promise<ModeScan> {
  if (mode === 'tree') {
    const built = await buildScanReport({ paths: [], stdin: false, noIgnore: false }, io);
    return { report: built.report, unscanned: built.unscanned, onUnscannable: built.onUnscannable ?? 'block' };
  }
  const repository = await historyRepository(io.cwd, getRepoRoot);
  if (mode === 'history') {
    // A shallow clone's history is cut: scan-history would only note it; a CI scan fails closed.
    if (await isShallowRepository(repository.root)) throw new KeyguardError('git', messages.ACTION_SHALLOW, { hint: messages.FETCH_DEPTH_HINT });
    const built = await buildHistoryReport(repository, { kind: 'all' }, { scope: 'history', format: 'text', heading: messages.historyHeading }, io);
    return { report: built.report, unscanned: built.unscanned, onUnscannable: built.onUnscannable ?? 'block' };
  }
  return scanEvent(repository, env, io);
}

/** mode pull-request: the commits the event adds, with the config of the commit they build on; a gate, so unscannable content blocks. */
async function scanEvent(repository: HistoryRepository, env: GithubEventEnvironment, io: CommandIo): Promise<ModeScan> {
  const event = eventRange(env.eventName ?? '', readEvent(env.eventPath));
  if (event.kind === 'deleted') return { report: { ...emptyHistoryReport('history'), notes: [messages.REF_DELETED] }, unscanned: [], onUnscannable: 'block' };
  const resolved = await resolveRange(repository.root, event);
  const from = resolved.configFrom;
  const files = from === undefined ? repository.files : treeFiles(from.slice(0, 12), await readHeadFiles(repository.root, [...CONFIG_FILES, PACKAGE_JSON, BASELINE_FILE], from));
  const range = { kind: 'push' as const, include: [resolved.include], exclude: resolved.exclude };
  const heading = (n: number) => messages.actionHeading(n, resolved.what);
  const notes = from === undefined ? [] : [messages.actionConfigNote(from)];
  const built = await buildHistoryReport({ ...repository, ...(files === undefined ? {} : { files }) }, range, { scope: 'history', format: 'text', heading, notes }, io);
  return { report: built.report, unscanned: built.unscanned, onUnscannable: built.onUnscannable ?? 'block' };
}
