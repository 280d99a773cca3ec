import { KeyguardError } from '../errors.js';
import { spoolCutHint } from '../messages.js';
import { execGit } from './execGit.js';
import { SpoolFile } from './SpoolFile.js';

/** Bytes handed over per read: a few pipe-fulls, so the parser is called a few hundred times for 20 MB. */
const CHUNK = 256 * 1024;
/** How long to wait when the scan has caught up with git (a timer: no busy loop competing with git). */
const CAUGHT_UP_MS = 1;

/**
 * Runs git with its output going through a SpoolFile (see there why) and hands it to `onChunk` in
 * order while git writes it. `argsFor(path)` must place `--output=<path>` where the command takes
 * options; `argsFor(undefined)` is the same command writing to stdout, used through a pipe when no
 * temporary file can be made. Chunks are views of one reused buffer: copy what you keep. Between
 * chunks the event loop runs, so the caller's other work (loading rules) proceeds while git writes.
 * `finish` runs once git has exited and everything was handed over (the parser's end checks); its
 * result is returned.
 */
export async function streamGitOutput<T>(
  argsFor: (outputPath: string | undefined) => string[],
  options: StreamOptions<T>,
): Promise<T> {
  let exitCode = 0;
  const git = { cwd: options.cwd, okExitCodes: options.okExitCodes ?? [0], onExitCode: (code: number) => void (exitCode = code) };
  const piped = async () => {
    await execGit(argsFor(undefined), { ...git, onStdout: options.onChunk });
    return options.finish(exitCode);
  };
  const spool = SpoolFile.create();
  if (spool === undefined) return piped();
  try {
    const run = execGit(argsFor(spool.path), git);
    let handedOver = false;
    const onChunk = (chunk: Buffer) => {
      handedOver = true;
      options.onChunk(chunk);
    };
    await readWhileWriting(spool, settled(run), onChunk).catch(async (error: unknown) => {
      // A chunk the parser rejected: let git finish writing (the file never blocks it), then report.
      await run.catch(() => undefined);
      throw error;
    });
    // git's own failure (exit code, stderr) comes first.
    const opened = await run.then(
      () => true,
      (error: unknown) => {
        if (!handedOver && couldNotOpen(error, spool.path)) return false;
        throw error;
      },
    );
    if (opened) return await finishSpooled(() => options.finish(exitCode), spool.base);
  } finally {
    spool.close();
  }
  // A sandbox or security module that lets us open our /proc/<pid>/fd but not git: a pipe, as elsewhere.
  return piped();
}

/** git's xfopen message for an --output it cannot open (wrapper.c: "could not open '%s' for writing"). */
function couldNotOpen(error: unknown, path: string): boolean {
  return error instanceof KeyguardError && error.code === 'git' && error.message.includes(`could not open '${path}'`);
}

export interface StreamOptions<T> {
  readonly cwd: string;
  readonly onChunk: (chunk: Buffer) => void;
  /** Runs once git has exited and everything was handed over, with git's exit code (one of okExitCodes). */
  readonly finish: (exitCode: number) => T | Promise<T>;
  /** Default [0]; `diff --exit-code` exits 1 when there are differences (git-diff(1)). */
  readonly okExitCodes?: readonly number[];
}

/**
 * Output that ends too early (the parser's checks) may be a full disk under the spool: git does not
 * report write errors on --output (SpoolFile). Said in the hint, next to the parser's message.
 */
async function finishSpooled<T>(finish: () => T | Promise<T>, base: string): Promise<T> {
  try {
    return await finish();
  } catch (error) {
    if (!(error instanceof KeyguardError) || error.code !== 'internal') throw error;
    throw new KeyguardError('internal', error.message, { hint: spoolCutHint(base), cause: error });
  }
}

/** git's exit as readWhileWriting sees it. */
export interface Settled {
  readonly promise: Promise<void>;
  readonly done: () => boolean;
}

/** Whether git has exited, and a promise for it that never rejects (the caller awaits `run` itself). */
function settled(run: Promise<unknown>): Settled {
  let done = false;
  const promise = run.then(
    () => void (done = true),
    () => void (done = true),
  );
  return { promise, done: () => done };
}

/**
 * Hands over everything written to `spool` until `git` has exited, in order, reading behind the writer.
 * Exported for its test (a writer that pauses).
 */
export async function readWhileWriting(spool: SpoolFile, git: Settled, onChunk: (chunk: Buffer) => void): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let position = 0;
  for (;;) {
    // Read after checking: git's writes are all in the file once it has exited, so an empty read
    // after that is the end, while an empty read before it only means we caught up.
    const finished = git.done();
    const got = spool.read(buffer, position);
    if (got === 0) {
      if (finished) return;
      await moreOrExit(git.promise);
      continue;
    }
    position += got;
    onChunk(buffer.subarray(0, got));
    await turn();
  }
}

/** Resolves after CAUGHT_UP_MS, or as soon as git exits (a small commit's diff is all there by then). */
function moreOrExit(exit: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, CAUGHT_UP_MS);
    void exit.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
