import { simpleGit, type SimpleGit, type outputHandler } from 'simple-git';
import { KeyguardError } from '../errors.js';
import { GIT_NOT_RUNNABLE_HINT, gitFailed, gitNotRunnable, NOT_A_REPO_HINT, noSuchDirectory } from '../messages.js';
import { inheritedGitEnvironment } from './inheritedGitEnvironment.js';
import { gitStopSignal } from './stopGit.js';

export interface ExecGitOptions {
  /** Directory git runs in. */
  readonly cwd: string;
  /** Exit codes that mean success (`git grep`: 1 = nothing matched). Default: [0]. */
  readonly okExitCodes?: readonly number[];
  /** Receive stdout chunk by chunk instead of having it collected; execGit then resolves to ''. */
  readonly onStdout?: (chunk: Buffer) => void;
  /** Written to git's standard input (`--stdin` lists too long for a command line). */
  readonly input?: string;
  /**
   * For git talking to another machine (`ls-remote`): no credential prompt (git(1)
   * GIT_TERMINAL_PROMPT), and git is killed after this many ms without output, so a hook never
   * hangs on a network or an ssh passphrase prompt.
   */
  readonly remote?: { readonly idleTimeoutMs: number };
  /** Told the exit code before execGit resolves, when several mean success (`diff --exit-code`). */
  readonly onExitCode?: (code: number) => void;
  /** `git config core.hooksPath …` (init --global): simple-git refuses to set it unless told to. */
  readonly setsHooksPath?: true;
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
  const git = createGit(options, forward);
  const output = await git.raw([...args]).catch((error: unknown) => {
    throw toKeyguardError(error, args);
  });
  if (streamError) throw streamError.error;
  return output;
}

function createGit(options: ExecGitOptions, onStdout?: (chunk: Buffer) => void): SimpleGit {
  const { cwd, input, remote, onExitCode } = options;
  const ok = options.okExitCodes ?? [0];
  const abort = gitStopSignal();
  let git: SimpleGit;
  try {
    git = simpleGit({
      baseDir: cwd,
      ...(abort === undefined ? {} : { abort }),
      allowEnvironment: [...inheritedGitEnvironment(process.env), ...(remote ? [NO_PROMPT] : [])],
      ...(input === undefined ? {} : { input: () => input }),
      // An explicit environment is checked by simple-git's guard; these are the same GIT_CONFIG_*
      // variables every other call inherits (inheritedGitEnvironment), so they are allowed here too.
      ...(remote ? { timeout: { block: remote.idleTimeoutMs }, unsafe: { allowUnsafeConfigEnvCount: true, allowUnsafeConfigPaths: true } } : {}),
      ...(options.setsHooksPath ? { unsafe: { allowUnsafeHooksPath: true } } : {}),
      // Resolve on 'close' only, i.e. once git's stdout is fully drained. simple-git's default also
      // resolves 50 ms after 'exit', which could end a streamed diff before its last chunks were
      // parsed on a loaded machine, and leaves a 50 ms timer that delays every hook run's exit.
      completion: { onClose: true, onExit: false },
      // simple-git fails a task only when git exits non-zero AND wrote to stderr, so a git
      // killed by a signal would pass for an empty result. The exit code decides here.
      errors: (_error, { exitCode, stdErr }) => {
        if (!ok.includes(exitCode)) return Buffer.concat([...stdErr, Buffer.from(`(git exited with code ${exitCode})`)]);
        onExitCode?.(exitCode);
        return undefined;
      },
    });
  } catch (error) {
    throw new KeyguardError('not-a-repo', noSuchDirectory(cwd), { cause: error });
  }
  if (remote) git.env({ ...withoutGitVariables(process.env), [NO_PROMPT]: '0' });
  return git.outputHandler(onStdout ? takeOverStdout(onStdout) : markOutputSeen);
}

const NO_PROMPT = 'GIT_TERMINAL_PROMPT';

/**
 * The environment minus the GIT_* variables simple-git would strip anyway (it throws instead when
 * they are handed to it explicitly): what every other git call of ours runs with. Also minus what
 * only starts editors, pagers and askpass dialogs (simple-git's guard refuses them; ls-remote needs
 * none, and an ssh askpass dialog is a prompt). git's own transport settings (`core.sshCommand`,
 * `http.sslCAInfo`) still apply from the config.
 */
function withoutGitVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept = new Set(inheritedGitEnvironment(env));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (value === undefined || INTERACTIVE.has(upper) || (upper.startsWith('GIT_') && !kept.has(name))) continue;
    out[name] = value;
  }
  return out;
}

const INTERACTIVE = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);

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
/** A stack frame line (`    at onErrorNT (node:internal/…)`): never part of a message (docs/commands.md "Exit codes"). */
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
