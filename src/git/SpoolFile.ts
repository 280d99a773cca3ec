import { close, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
 * What it holds is the staged content, which git already keeps in .git/objects; still, it lives in
 * a directory only we can enter (mkdtemp: mode 0700), is created 0600, and its name disappears as
 * soon as git is known to have it open (`forget`): from then on only the two open descriptors
 * reach the data, and the kernel frees it when both are closed, however this process ends.
 *
 * A full disk: git ignores write errors on --output (diff.c closes the file without checking; `git
 * diff --output=/dev/full` exits 0), so a cut-short file is its only trace. The parsers fail closed
 * on cut output (fewer file sections than raw records, a hunk or a line left open), and the caller
 * then says where the file was (`base`). Not checked up front: the first statfs of a process costs
 * ~2 ms, most of what the spool saves on a small commit.
 */
export class SpoolFile {
  private named = true;
  private directoryLeft = true;

  private constructor(
    readonly path: string,
    /** The directory the spool was made in (TMPDIR), for messages. */
    readonly base: string,
    private readonly directory: string,
    private readonly fd: number,
  ) {}

  /** undefined when no temporary file can be made (read-only or missing TMPDIR): use a pipe. */
  static create(): SpoolFile | undefined {
    const base = resolve(tmpdir());
    let directory: string;
    try {
      directory = mkdtempSync(join(base, 'keyguard-'));
    } catch {
      return undefined;
    }
    const path = join(directory, 'git-output');
    try {
      return new SpoolFile(path, base, directory, openSync(path, 'wx+', 0o600));
    } catch {
      rmdirSync(directory); // our own empty directory: if even this fails, the error is worth seeing
      return undefined;
    }
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
   * Removes the name (git opens the path before it writes, so call this once data has arrived or
   * git has exited). Best effort: where an open file cannot be unlinked (Windows), `close` retries.
   */
  forget(): void {
    try {
      if (this.named) unlinkSync(this.path);
      this.named = false;
      if (this.directoryLeft) rmdirSync(this.directory);
      this.directoryLeft = false;
    } catch {
      // retried by close()
    }
  }

  /**
   * Closing frees the file's pages (~10 ms for 20 MB, measured): done on libuv's thread pool, so
   * the report is written meanwhile. The name is gone before (`forget`); the process waits for the
   * close before it exits.
   */
  close(): void {
    this.forget();
    close(this.fd, () => this.forget());
  }
}
