import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, statfsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
 * diff --output=/dev/full` exits 0), so a cut-short file would be its only trace. The parser fails
 * closed on cut output, but with an internal-error message; a filesystem with less than MIN_FREE
 * available is therefore not used at all (the pipe is).
 */
/** Free space a spool needs on its filesystem: far more than any staged diff one would commit. */
const MIN_FREE = 1024 ** 3;

export class SpoolFile {
  private named = true;
  private directoryLeft = true;

  private constructor(
    readonly path: string,
    private readonly directory: string,
    private readonly fd: number,
  ) {}

  /** undefined when no temporary file can or should be made (read-only, missing or nearly full TMPDIR): use a pipe. */
  static create(minFree = MIN_FREE): SpoolFile | undefined {
    let directory: string;
    try {
      const base = resolve(tmpdir());
      const { bavail, bsize } = statfsSync(base);
      if (bavail * bsize < minFree) return undefined;
      directory = mkdtempSync(join(base, 'keyguard-'));
    } catch {
      return undefined;
    }
    const path = join(directory, 'git-output');
    try {
      return new SpoolFile(path, directory, openSync(path, 'wx+', 0o600));
    } catch {
      rmdirSync(directory); // our own empty directory: if even this fails, the error is worth seeing
      return undefined;
    }
  }

  /** Reads what git has written at `position` so far; 0 = nothing more yet. */
  read(buffer: Buffer, position: number): number {
    return readSync(this.fd, buffer, 0, buffer.length, position);
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

  close(): void {
    closeSync(this.fd);
    this.forget();
  }
}
