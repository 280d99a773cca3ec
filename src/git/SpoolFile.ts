import { close, closeSync, existsSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pid, platform } from 'node:process';
import { KeyguardError } from '../errors.js';
import { spoolUnreadable } from '../messages.js';

/**
 * A private temporary file that git writes its output into (`--output=<path>`) while we read it.
 *
 * Why not a pipe: a pipe holds 64 kB (pipe(7)), so git stops whenever it is that far ahead of the
 * scan, and the time git then spends without writing (inflating the next large blob) adds to ours
 * instead of overlapping it. A file never fills: git runs at its own speed and the scan reads
 * behind it (npm run bench, case b).
 *
 * What it holds is the staged content, so it never has a name while it holds anything: it is
 * created in a directory only we can enter (mkdtemp: mode 0700), mode 0600, and both names are
 * removed before git starts. git reaches the open file through `/proc/<our pid>/fd/<n>`, which on
 * Linux opens the file the descriptor refers to even once it is unlinked (proc(5), /proc/pid/fd).
 * From then on only descriptors reach the data, and the kernel frees it once they are all closed,
 * however this process or git ends (SIGKILL included). Where no such path exists (other systems,
 * /proc not mounted) there is no spool, and where git may not open it (a sandbox) git says so
 * before writing anything: either way the caller uses a pipe (streamGitOutput). A window remains
 * only if this process dies and its pid is reused by another of the user's processes before git
 * opens the path (a few ms after start): pids are handed out in a cycle (proc(5), pid_max).
 *
 * A full disk: git ignores write errors on --output (diff.c closes the file without checking; `git
 * diff --output=/dev/full` exits 0), so a cut-short file is its only trace. The parsers fail closed
 * on cut output (streamStagedDiff says how it knows it read everything), and the caller then says
 * where the file was (`base`). Not checked up front: the first statfs of a process costs ~2 ms,
 * most of what the spool saves on a small commit, and it would only say how full the disk was then.
 */
export class SpoolFile {
  private constructor(
    /** The path git opens: our descriptor through /proc. */
    readonly path: string,
    /** The directory the spool was made in (TMPDIR), for messages. */
    readonly base: string,
    private readonly fd: number,
  ) {}

  /** undefined when no unnamed temporary file can be made (read-only or missing TMPDIR, no /proc): use a pipe. */
  static create(): SpoolFile | undefined {
    if (platform !== 'linux') return undefined;
    const base = resolve(tmpdir());
    let directory: string;
    try {
      directory = mkdtempSync(join(base, 'keyguard-'));
    } catch {
      return undefined;
    }
    const name = join(directory, 'git-output');
    let fd: number;
    try {
      fd = openSync(name, 'wx+', 0o600);
    } catch {
      rmdirSync(directory); // our own empty directory: if even this fails, the error is worth seeing
      return undefined;
    }
    // Both names go before anything is written; failing here is worth seeing too.
    unlinkSync(name);
    rmdirSync(directory);
    const path = `/proc/${pid}/fd/${fd}`;
    if (existsSync(path)) return new SpoolFile(path, base, fd);
    closeSync(fd);
    return undefined;
  }

  /** Reads what git has written at `position` so far; 0 = nothing more yet. */
  read(buffer: Buffer, position: number): number {
    try {
      return readSync(this.fd, buffer, 0, buffer.length, position);
    } catch (error) {
      throw new KeyguardError('io', spoolUnreadable(this.base, (error as Error).message), { cause: error });
    }
  }

  /**
   * Closing frees the file's pages (~10 ms for 20 MB, measured): done on libuv's thread pool, so
   * the report is written meanwhile; the process waits for the close before it exits.
   */
  close(): void {
    close(this.fd, () => undefined);
  }
}
