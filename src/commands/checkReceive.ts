import { ExitCode, KeyguardError } from '../errors.js';
import { getGitDir } from '../git/getGitDir.js';
import { peeledObjects, type PeeledObject } from '../git/peeledObjects.js';
import { makeGitStoppable } from '../git/stopGit.js';
import * as messages from '../messages.js';
import { buildHistoryReport } from './buildHistoryReport.js';
import { isZeroId } from './parsePushLines.js';
import { parseReceiveLines, type RefUpdate } from './parseReceiveLines.js';
import { pushOptions, pusherName, skipReason, type Environment } from './receiveEnvironment.js';
import { receiveFiles, type ConfigFrom } from './receiveFiles.js';
import { logBypass, safeReason, type Bypass } from './recordBypass.js';
import type { CommandIo } from './types.js';
import { enforceUnscannable } from './unscannable.js';
import { OUT_OF_TIME, withinBudget } from './withinBudget.js';
import { writeReport } from './writeReport.js';

/** check-receive's command line, as typed in the server's hook script (strings not yet checked). */
export interface ReceiveCommandLine {
  readonly configFrom?: string;
  readonly config?: string;
  readonly baseline?: string;
  readonly timeBudget?: string;
  readonly onTimeout?: string;
  readonly allowSkip: boolean;
  readonly log?: string;
}

interface ReceiveOptions {
  readonly configFrom: ConfigFrom;
  readonly config?: string;
  readonly baseline?: string;
  /** Milliseconds; undefined: no budget. */
  readonly budgetMs?: number;
  readonly onTimeout: 'reject' | 'accept';
  readonly allowSkip: boolean;
  readonly log?: string;
}

/**
 * `keyguard check-receive`, the server-side pre-receive hook: git-receive-pack runs it with one
 * `<old> <new> <ref>` line per ref on stdin, before any ref moves and while the pushed objects
 * are still in quarantine (githooks(5) "pre-receive"; git-receive-pack(1) "QUARANTINE
 * ENVIRONMENT"). It scans every commit the push adds to the repository, their messages and the
 * pushed annotated tags' messages; a non-zero exit refuses the whole push and git discards the
 * quarantine. Exit 0 accepted, 1 rejected for keys; 2 (also rejected) when it could not judge.
 */
export async function checkReceive(given: ReceiveCommandLine, io: CommandIo, env: Environment): Promise<number> {
  const options = receiveOptions(given);
  const updates = parseReceiveLines((await io.readStdin()).toString('utf8'));
  const root = await getGitDir(io.cwd);
  const skip = skipReason(pushOptions(env));
  if (skip !== undefined && options.allowSkip) return grantSkip(skip, updates, options, io, env);
  const notes = skip === undefined ? [] : [messages.SKIP_NOT_ALLOWED_NOTE];
  if (options.budgetMs === undefined) return judge(root, updates, options, notes, io);
  const stopGit = makeGitStoppable();
  let late = false;
  const outcome = await withinBudget(judge(root, updates, options, notes, io, () => late), options.budgetMs);
  if (outcome !== OUT_OF_TIME) return outcome;
  // Nothing was written yet (the report comes at the end, and not at all once late): the policy's
  // message is all git relays.
  late = true;
  stopGit();
  const seconds = options.budgetMs / 1000;
  if (options.onTimeout === 'reject') throw new KeyguardError('unscannable', messages.receiveTimedOut(seconds), { hint: messages.RECEIVE_TIMEOUT_HINT });
  recordBypass({ event: 'timeout-accepted', pusher: pusherName(env), updates }, options.log);
  io.stderr(`${messages.receiveTimeoutAccepted(seconds, updates)}\n`);
  return ExitCode.ok;
}

/** Scan what the push adds and write the report: exit 0 or 1 (or throw: exit 2). */
async function judge(
  root: string,
  updates: readonly RefUpdate[],
  options: ReceiveOptions,
  notes: string[],
  io: CommandIo,
  late: () => boolean = () => false,
): Promise<number> {
  // A deletion adds nothing (githooks(5): the new value is all zeros).
  const pushing = updates.filter((u) => !isZeroId(u.newId));
  if (pushing.length === 0) {
    io.stdout(`${messages.NOTHING_RECEIVED}\n`);
    return ExitCode.ok;
  }
  const objects = await peeledObjects(root, pushing.map((u) => u.newId));
  const tips = pushing.map((u) => tipOf(u, objects.get(u.newId)));
  // "The pushed commit": the first pushed branch's tip, else the first pushed ref's. The
  // remediation speaks to whoever pushed, whose HEAD is, most likely, that same commit.
  const head = tips[Math.max(pushing.findIndex((u) => u.ref.startsWith('refs/heads/')), 0)]!;
  const { files, note } = await receiveFiles(root, head, options);
  const range = { kind: 'receive' as const, include: [...new Set(pushing.map((u) => u.newId))] };
  const { report, unscanned, onUnscannable } = await buildHistoryReport(
    { root, files },
    range,
    { scope: 'receive', format: 'text', heading: messages.receiveHeading, notes: [...notes, note], head },
    io,
  );
  if (late()) return ExitCode.error; // the budget ran out meanwhile: the outcome is already decided
  const blocked = report.findings.some((f) => f.severity === 'block');
  // The one way past a server hook, said only where the server offers it.
  const notesAfter = blocked && options.allowSkip ? [messages.SKIP_AVAILABLE_NOTE] : [];
  writeReport({ ...report, notes: [...report.notes, ...notesAfter] }, 'text', io);
  enforceUnscannable(unscanned, onUnscannable ?? 'block');
  return blocked ? ExitCode.blocked : ExitCode.ok;
}

/**
 * The commit a pushed ref leads to. An unknown object is git's business gone wrong (fail closed);
 * a ref to a tree or a blob (`git tag key <blob>`) puts content in the repository that no commit
 * shows, which keyguard does not scan: refused rather than let through unread.
 */
function tipOf(update: RefUpdate, object: PeeledObject | undefined): string {
  if (object === undefined) throw new KeyguardError('git', messages.receiveUnknownObject(update.newId, update.ref));
  if (object.type !== 'commit') throw new KeyguardError('unscannable', messages.receiveNotCommit(update.ref, object.type), { hint: messages.RECEIVE_BYPASS_HINT });
  return object.id;
}

/** `keyguard.skip` on a server that allows it (--allow-skip): said, logged, and nothing scanned. */
async function grantSkip(given: string, updates: readonly RefUpdate[], options: ReceiveOptions, io: CommandIo, env: Environment): Promise<number> {
  if (given === '') throw new KeyguardError('usage', messages.SKIP_NEEDS_REASON);
  const { builtinRules } = await import('../detect/rules/index.js');
  const reason = safeReason(given, builtinRules);
  const pusher = pusherName(env);
  recordBypass({ event: 'skip', pusher, reason, updates }, options.log);
  io.stderr(`${messages.skipGranted(reason, pusher, options.log)}\n`);
  return ExitCode.ok;
}

function recordBypass(bypass: Bypass, log: string | undefined): void {
  if (log !== undefined) logBypass(log, bypass, new Date());
}

/** The hook line's options checked: a mistyped server setting is an error, never a silent default. */
function receiveOptions(given: ReceiveCommandLine): ReceiveOptions {
  const configFrom = given.configFrom ?? 'head';
  if (configFrom !== 'head' && configFrom !== 'pushed') throw usage(messages.badChoice('--config-from', configFrom, ['head', 'pushed']));
  if (given.configFrom !== undefined && given.config !== undefined && given.baseline !== undefined) {
    throw usage(messages.CONFIG_FROM_UNUSED);
  }
  const onTimeout = given.onTimeout ?? 'reject';
  if (onTimeout !== 'reject' && onTimeout !== 'accept') throw usage(messages.badChoice('--on-timeout', onTimeout, ['reject', 'accept']));
  if (given.onTimeout !== undefined && given.timeBudget === undefined) throw usage(messages.ON_TIMEOUT_WITHOUT_BUDGET);
  const seconds = given.timeBudget === undefined ? undefined : Number(given.timeBudget);
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) throw usage(messages.badTimeBudget(given.timeBudget!));
  return {
    configFrom,
    ...(given.config === undefined ? {} : { config: given.config }),
    ...(given.baseline === undefined ? {} : { baseline: given.baseline }),
    ...(seconds === undefined ? {} : { budgetMs: seconds * 1000 }),
    onTimeout,
    allowSkip: given.allowSkip,
    ...(given.log === undefined ? {} : { log: given.log }),
  };
}

function usage(message: string): KeyguardError {
  return new KeyguardError('usage', message, { hint: messages.helpHint('check-receive') });
}
