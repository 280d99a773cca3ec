/**
 * The one place that touches `process`: parse arguments, build the CommandIo,
 * run one command, map its outcome to an exit code (0 ok, 1 blocked, 2 error).
 */
import { parseArgs } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import { checkStaged } from './commands/checkStaged.js';
import type { CommandIo, OutputFormat } from './commands/types.js';
import { ExitCode, KeyguardError } from './errors.js';
import * as messages from './messages.js';

/** Commands run from git hooks: when they cannot do their job they must say how to bypass. */
const FAIL_CLOSED_COMMANDS = new Set(['check-staged', 'check-push', 'check-files', 'check-message']);

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-install': { type: 'boolean' },
  reason: { type: 'string' },
  all: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  'write-replacements': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  'lint-staged': { type: 'boolean' },
} as const;

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  const [command = values.version ? 'version' : 'help', ...rest] = positionals;
  if (values.help || command === 'help') return print(messages.USAGE);
  if (command === 'version') return print(`${pkg.version}\n`);
  const io = makeIo(values['no-color'] === true ? false : values.color);
  const noArgs = () => {
    if (rest.length > 0) throw new KeyguardError('usage', messages.unexpectedArgument(rest[0]!));
  };
  switch (command) {
    case 'check-staged':
      noArgs();
      return checkStaged(parseFormat(values.format, ['text', 'json', 'sarif']), io, { quiet: values.quiet, verbose: values.verbose });
    case 'baseline': {
      noArgs();
      const { baseline } = await import('./commands/baseline.js');
      return baseline(values.reason, io);
    }
    case 'rules': {
      noArgs();
      const { listRules } = await import('./commands/listRules.js');
      return listRules(parseFormat(values.format, ['text', 'json']), io);
    }
    case 'init': {
      noArgs();
      const { init } = await import('./commands/init.js');
      return init({ install: values['no-install'] !== true, lintStaged: values['lint-staged'] === true }, io);
    }
    case 'scan': {
      const { scan } = await import('./commands/scan.js');
      const options = { paths: rest, stdin: values.stdin === true, noIgnore: values['no-ignore'] === true };
      return scan(options, parseFormat(values.format, ['text', 'json', 'sarif']), io);
    }
    case 'scan-history': {
      const { scanHistory } = await import('./commands/scanHistory.js');
      return scanHistory({ revisions: rest, all: values.all === true }, parseFormat(values.format, ['text', 'json', 'sarif']), io);
    }
    case 'check-push': {
      const { checkPush } = await import('./commands/checkPush.js');
      return checkPush(rest, parseFormat(values.format, ['text', 'json', 'sarif']), io);
    }
    case 'scrub': {
      const { scrub } = await import('./commands/scrub.js');
      return scrub({ revisions: rest, all: values.all === true, file: values['write-replacements'] }, io);
    }
    case 'check-files': {
      if (rest.length === 0) throw new KeyguardError('usage', messages.CHECK_FILES_NEEDS_PATHS);
      const options = { paths: rest, quiet: values.quiet, verbose: values.verbose };
      return checkStaged(parseFormat(values.format, ['text', 'json', 'sarif']), io, options);
    }
    case 'check-message': {
      if (rest.length !== 1) throw new KeyguardError('usage', rest.length === 0 ? messages.CHECK_MESSAGE_NEEDS_FILE : messages.unexpectedArgument(rest[1]!));
      const { checkMessage } = await import('./commands/checkMessage.js');
      return checkMessage(rest[0]!, parseFormat(values.format, ['text', 'json', 'sarif']), io);
    }
    // @@ commands (keep this line; add cases above it)
    default:
      throw new KeyguardError('usage', messages.unknownCommand(command));
  }
}

function parseFormat<T extends OutputFormat>(value: string | undefined, allowed: readonly T[]): T {
  const found = allowed.find((f) => f === value);
  if (found !== undefined) return found;
  throw new KeyguardError('usage', messages.badFormat(String(value), allowed));
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
  if (error instanceof KeyguardError || isParseArgsError(error)) {
    const hint = error instanceof KeyguardError ? error.hint : 'Run "keyguard help".';
    process.stderr.write(`keyguard: ${error.message}\n${hint ? `${hint}\n` : ''}`);
  } else {
    process.stderr.write(`keyguard: ${messages.internalError(error instanceof Error ? error.message : String(error))}\n`);
  }
  if (process.env.KEYGUARD_DEBUG) process.stderr.write(`${debugStacks(error)}\n`);
  if (command !== undefined && FAIL_CLOSED_COMMANDS.has(command)) process.stderr.write(`${messages.bypassHint(command)}\n`);
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

/** node:util parseArgs errors (unknown option, missing value) are usage errors. */
function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

const argv = process.argv.slice(2);
const commandName = argv.find((a) => !a.startsWith('-'));
// Anything thrown outside main's promise (an event handler, a stream) would print Node's stack and
// exit 1, which reads as "blocking findings": report it like any error and stop with exit 2 (fail closed).
process.on('uncaughtException', (error) => process.exit(reportError(error, commandName)));
/** Settles when the command has finished: the launcher (src/launch.ts) saves its code cache then. */
export const done: Promise<void> = main(argv)
  .catch((error: unknown) => reportError(error, commandName))
  .then(settle)
  .then((code) => { process.exitCode = code; });
