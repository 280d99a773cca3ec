/**
 * The one place that touches `process`: parse arguments, build the CommandIo,
 * run one command, map its outcome to an exit code (0 ok, 1 blocked, 2 error).
 */
import pkg from '../package.json' with { type: 'json' };
import { checkStaged } from './commands/checkStaged.js';
import type { ActionMode } from './action/actionModes.js';
import type { FailOn } from './commands/failOn.js';
import type { CommandIo } from './commands/types.js';
import { isCommandName } from './commandNames.js';
import { ExitCode, KeyguardError } from './errors.js';
import * as messages from './messages.js';
import { parseCommandLine, type Invocation } from './parseCommandLine.js';

/** Commands run from git hooks: when they cannot do their job they must say how to bypass. */
const FAIL_CLOSED_COMMANDS = new Set(['check-staged', 'check-push', 'check-receive', 'check-files', 'check-message']);

/**
 * The command line, once understood; undefined while it is being parsed, so reportError can tell a
 * mistyped hook line (which scanned nothing) from an error of the command itself.
 */
let invocation: Invocation | undefined;

async function main(argv: readonly string[]): Promise<number> {
  invocation = parseCommandLine(argv);
  // format: what the parser validated against the command's values in src/cliSpec.ts.
  const { command, positionals: rest, flags, strings, topic, format = 'text' } = invocation;
  if (command === 'help') {
    const { commandHelp, generalHelp } = await import('./cliHelp.js'); // only when asked: not on the hook's path
    return print(topic === undefined ? generalHelp() : commandHelp(topic));
  }
  if (command === 'version') return print(`${pkg.version}\n`);
  const io = makeIo(flags.has('no-color') ? false : flags.has('color') ? true : undefined);
  const quiet = flags.has('quiet');
  const verbose = flags.has('verbose');
  // Live verification is opt-in on the command line (config may turn it on for scan and scan-history only).
  const verify = { verify: flags.has('verify') || flags.has('fail-on-live'), failOnLive: flags.has('fail-on-live') };
  switch (command) {
    case 'check-staged':
      return checkStaged(format, io, { quiet, verbose, verify });
    case 'baseline': {
      const { baseline } = await import('./commands/baseline.js');
      return baseline(strings.reason, io);
    }
    case 'rules': {
      const { listRules } = await import('./commands/listRules.js');
      return listRules(format === 'json' ? 'json' : 'text', io); // the spec gives rules no sarif
    }
    case 'init': {
      if (flags.has('global') || flags.has('uninstall')) {
        if (!flags.has('global')) throw new KeyguardError('usage', messages.INIT_UNINSTALL_NEEDS_GLOBAL);
        if (flags.has('lint-staged') || flags.has('no-install')) throw new KeyguardError('usage', messages.INIT_GLOBAL_OPTIONS);
        const { initGlobal } = await import('./commands/initGlobal.js');
        const env = { home: process.env.HOME, xdgConfigHome: process.env.XDG_CONFIG_HOME };
        return initGlobal({ uninstall: flags.has('uninstall'), ...env, node: process.execPath, cli: process.argv[1]! }, io);
      }
      const { init } = await import('./commands/init.js');
      return init({ install: !flags.has('no-install'), lintStaged: flags.has('lint-staged') }, io);
    }
    case 'scan': {
      const { scan } = await import('./commands/scan.js');
      return scan({ paths: rest, stdin: flags.has('stdin'), noIgnore: flags.has('no-ignore'), quiet, verify }, format, io);
    }
    case 'scan-history': {
      const { scanHistory } = await import('./commands/scanHistory.js');
      return scanHistory({ revisions: rest, all: flags.has('all'), verify }, format, io);
    }
    case 'check-push': {
      const { checkPush } = await import('./commands/checkPush.js');
      return checkPush(rest, format, io, verify);
    }
    case 'check-receive': {
      const { checkReceive } = await import('./commands/checkReceive.js');
      const { config, baseline, log } = strings;
      const line = { configFrom: strings['config-from'], config, baseline, timeBudget: strings['time-budget'], onTimeout: strings['on-timeout'], log };
      // The hook's environment: push options, who pushed (docs/server-hooks.md).
      return checkReceive({ ...line, allowSkip: flags.has('allow-skip') }, io, process.env);
    }
    case 'scrub': {
      const { scrub } = await import('./commands/scrub.js');
      return scrub({ revisions: rest, all: flags.has('all'), file: strings['write-replacements'] }, io);
    }
    case 'check-files':
      return checkStaged(format, io, { paths: rest, quiet, verbose });
    case 'check-message': {
      const { checkMessage } = await import('./commands/checkMessage.js');
      return checkMessage(rest[0]!, format, io);
    }
    case 'merge-reports': {
      const { mergeReports } = await import('./commands/mergeReports.js');
      return mergeReports(rest, format, (strings['fail-on'] ?? 'block') as FailOn, io);
    }
    case 'github-action': {
      const { githubAction } = await import('./action/githubAction.js');
      const options = { mode: (strings.mode ?? 'pull-request') as ActionMode, failOn: (strings['fail-on'] ?? 'block') as FailOn, sarif: strings.sarif, json: strings.json };
      return githubAction(options, actionEnvironment(), io);
    }
    // @@ commands (keep this line; add cases above it)
  }
}

/** The variables GitHub Actions sets for a step ("Store information in variables": default variables). */
function actionEnvironment() {
  const { GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT } = process.env;
  return { eventName: GITHUB_EVENT_NAME, eventPath: GITHUB_EVENT_PATH, stepSummary: GITHUB_STEP_SUMMARY || undefined, output: GITHUB_OUTPUT || undefined };
}

/** NO_COLOR (https://no-color.org) beats a TTY; FORCE_COLOR beats both; flags beat env. */
function wantColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

function makeIo(colorFlag: boolean | undefined): CommandIo {
  return {
    cwd: process.cwd(),
    readStdin,
    stderrIsTTY: process.stderr.isTTY === true,
    stdout: (text) => void (output.stdout === undefined && process.stdout.write(text)),
    stderr: (text) => void (output.stderr === undefined && process.stderr.write(text)),
    // hrtime, not performance.now(): the first use of `performance` loads perf_hooks (~1 ms of a hook run).
    now: () => Number(process.hrtime.bigint()) / 1e6,
    color: wantColor(colorFlag),
  };
}

/** All of standard input (git's pre-push ref lines, `scan --stdin`), read only when a command asks. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function print(text: string): number {
  process.stdout.write(text);
  return ExitCode.ok;
}

/**
 * The first write error of each standard stream: EPIPE when the reader went away (`| head -c 10`),
 * ENOSPC on a full disk (`> /dev/full`). Node reports them as an 'error' event, which unhandled
 * printed a stack and exited 1, the code of "blocking findings", even on a clean run. A report
 * that did not reach its reader is no result: the run ends with exit 2 (outputFailed).
 */
const output: { stdout?: NodeJS.ErrnoException; stderr?: NodeJS.ErrnoException } = {};
process.stdout.on('error', (error: NodeJS.ErrnoException) => void (output.stdout ??= error));
process.stderr.on('error', (error: NodeJS.ErrnoException) => void (output.stderr ??= error));

/**
 * Resolves once `stream` has handed all it was given to the OS, or failed (a pipe may buffer), and
 * after one turn of the event loop: a failed write reports its error on process.nextTick, which
 * runs only after the promise jobs of the command that wrote.
 */
async function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength > 0 && !stream.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      stream.once('drain', done).once('error', done).once('close', done);
    });
  }
  await new Promise((resolve) => setImmediate(resolve));
}

/** The exit code once stdout is flushed: 2 with one line on stderr (if it works) when stdout failed. */
async function settle(code: number): Promise<number> {
  await flushed(process.stdout);
  const failure = output.stdout;
  if (failure === undefined) return code;
  if (output.stderr === undefined) process.stderr.write(`keyguard: ${messages.outputFailed(failure.code ?? failure.message)}\n`);
  return ExitCode.error;
}

/**
 * One message (and hint) per error, never a stack: a stack trace is for us, not for someone whose
 * commit was refused. KEYGUARD_DEBUG=1 adds the stacks of the error and of its causes (README).
 */
function reportError(error: unknown, command: string | undefined): number {
  if (output.stderr !== undefined) return ExitCode.error;
  if (error instanceof KeyguardError) {
    process.stderr.write(`keyguard: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
  } else {
    process.stderr.write(`keyguard: ${messages.internalError(error instanceof Error ? error.message : String(error))}\n`);
  }
  if (process.env.KEYGUARD_DEBUG) process.stderr.write(`${debugStacks(error)}\n`);
  if (command !== undefined && FAIL_CLOSED_COMMANDS.has(command)) {
    // A hook line keyguard cannot parse scanned nothing, so the hook still fails closed; what to
    // fix is that line, not "the problem above" in the files.
    const commandLine = invocation === undefined && error instanceof KeyguardError && error.code === 'usage';
    process.stderr.write(`${commandLine ? messages.commandLineBypassHint(command) : messages.bypassHint(command)}\n`);
  }
  return ExitCode.error;
}

/** The error's stack and its causes' (KeyguardError wraps git's and node's errors as `cause`). */
function debugStacks(error: unknown): string {
  const stacks: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 8; depth++) {
    stacks.push(e instanceof Error ? e.stack ?? e.message : String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return stacks.join('\ncaused by: ');
}

const argv = process.argv.slice(2);
/** The command named on the command line (as the launcher finds it), for reportError's bypass advice. */
const commandName = argv.find(isCommandName);
// Anything thrown outside main's promise (an event handler, a stream) would print Node's stack and
// exit 1, which reads as "blocking findings": report it like any error and stop with exit 2 (fail closed).
process.on('uncaughtException', (error) => process.exit(reportError(error, commandName)));
/** Settles when the command has finished: the launcher (src/launch.ts) saves its code cache then. */
export const done: Promise<void> = main(argv)
  .catch((error: unknown) => reportError(error, commandName))
  .then(settle)
  .then((code) => { process.exitCode = code; });
