import { simpleGit, type SimpleGit, type outputHandler } from 'simple-git';
import { KeyguardError } from '../errors.js';
import { GIT_NOT_RUNNABLE_HINT, gitFailed, gitNotRunnable, NOT_A_REPO_HINT, noSuchDirectory } from '../messages.js';
import { inheritedGitEnvironment } from './inheritedGitEnvironment.js';

export interface ExecGitOptions {
  /** Directory git runs in. */
  readonly cwd: string;
  /** Exit codes that mean success (`git grep`: 1 = nothing matched). Default: [0]. */
  readonly okExitCodes?: readonly number[];
  /** Receive stdout chunk by chunk instead of having it collected; execGit then resolves to ''. */
  readonly onStdout?: (chunk: Buffer) => void;
}

/** git's wording (setup.c) for "no work tree to commit from"; only picks the error code. */
const NOT_A_REPO = /not a git repository|must be run in a work tree/i;

/** The one way src/git runs git: an argument array (never a shell string), in `cwd`. */
export async function execGit(args: readonly string[], options: ExecGitOptions): Promise<string> {
  let streamError: { error: unknown } | undefined;
  const onStdout = options.onStdout;
  const forward = onStdout && ((chunk: Buffer) => {
    if (streamError) return;
    try {
      onStdout(chunk);
    } catch (error) {
      // Keep draining git's output; the error is rethrown once git has exited.
      streamError = { error };
    }
  });
  const git = createGit(options.cwd, options.okExitCodes ?? [0], forward);
  const output = await git.raw([...args]).catch((error: unknown) => {
    throw toKeyguardError(error, args);
  });
  if (streamError) throw streamError.error;
  return output;
}

function createGit(cwd: string, ok: readonly number[], onStdout?: (chunk: Buffer) => void): SimpleGit {
  let git: SimpleGit;
  try {
    git = simpleGit({
      baseDir: cwd,
      allowEnvironment: inheritedGitEnvironment(process.env),
      // Resolve on 'close' only, i.e. once git's stdout is fully drained. simple-git's default also
      // resolves 50 ms after 'exit', which could end a streamed diff before its last chunks were
      // parsed on a loaded machine, and leaves a 50 ms timer that delays every hook run's exit.
      completion: { onClose: true, onExit: false },
      // simple-git fails a task only when git exits non-zero AND wrote to stderr, so a git
      // killed by a signal would pass for an empty result. The exit code decides here.
      errors: (_error, { exitCode, stdErr }) =>
        ok.includes(exitCode) ? undefined : Buffer.concat([...stdErr, Buffer.from(`(git exited with code ${exitCode})`)]),
    });
  } catch (error) {
    throw new KeyguardError('not-a-repo', noSuchDirectory(cwd), { cause: error });
  }
  return git.outputHandler(onStdout ? takeOverStdout(onStdout) : markOutputSeen);
}

/**
 * simple-git's completion plugin (spawn.after in dist/index.mjs) waits an extra 50 ms after
 * 'close' whenever git wrote nothing at all, and many of our questions have an empty answer
 * (`ls-files` finding no stray .env file, `git config` with the key unset). That was 50 ms of
 * every hook run. Its listener counts any 'data' event, so one empty event at the end of stdout
 * tells it the process has spoken; no byte is added to what anyone reads.
 */
const markOutputSeen: outputHandler = (_command, stdout) => {
  stdout.once('end', () => stdout.emit('data', Buffer.alloc(0)));
};

/**
 * simple-git collects stdout in memory even when an outputHandler is set: gitResponse()
 * (dist/index.mjs) attaches its 'data' collector before calling the handler. For a staged
 * diff that is a second full copy of everything staged, so we detach that collector and
 * consume the stream ourselves. stderr and the exit code stay with simple-git: a failing git
 * still rejects (the task then reports an empty stdout, which we never use).
 */
function takeOverStdout(onStdout: (chunk: Buffer) => void): outputHandler {
  return (_command, stdout, stderr, args) => {
    for (const listener of stdout.listeners('data')) stdout.removeListener('data', listener as (...args: unknown[]) => void);
    stdout.on('data', (chunk: Buffer) => onStdout(chunk));
    markOutputSeen(_command, stdout, stderr, args);
  };
}

/**
 * When git cannot be started at all (not on PATH: ENOENT; not executable: EACCES), simple-git puts
 * node's spawn error, stack included, where git's stderr would be (its spawn 'error' handler).
 */
const SPAWN_FAILED = /\bspawn \S+ (E[A-Z]+)\b/;
/** A stack frame line (`    at onErrorNT (node:internal/…)`): never part of a message (README "Exit codes"). */
const STACK_FRAME = /^\s+at .*$\n?/gm;

function toKeyguardError(error: unknown, args: readonly string[]): KeyguardError {
  if (error instanceof KeyguardError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const spawnFailed = SPAWN_FAILED.exec(message);
  if (spawnFailed) return new KeyguardError('git', gitNotRunnable(spawnFailed[1]!), { cause: error, hint: GIT_NOT_RUNNABLE_HINT });
  const detail = message.replace(STACK_FRAME, '').trim();
  const code = NOT_A_REPO.test(detail) ? 'not-a-repo' : 'git';
  return new KeyguardError(code, gitFailed(subcommand(args), detail), {
    cause: error,
    ...(code === 'not-a-repo' ? { hint: NOT_A_REPO_HINT } : {}),
  });
}

/** `diff` from `-c k=v … diff --cached …`, for messages. */
function subcommand(args: readonly string[]): string {
  const at = args.findIndex((arg, i) => !arg.startsWith('-') && args[i - 1] !== '-c');
  return args[at] ?? '';
}
