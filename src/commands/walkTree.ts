import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';

/** What a walk of a directory outside any git work tree found. Paths are absolute, as bytes. */
export interface WalkResult {
  /** Regular files. */
  readonly files: Buffer[];
  /** Directories holding a `.git` entry: work trees whose files git lists (and .gitignore filters). */
  readonly repositories: Buffer[];
  /** Symbolic links: never followed, so a link cannot lead the walk out of the tree or into a loop. */
  readonly symlinks: Buffer[];
  /** FIFOs, sockets, devices: reading a FIFO would block forever. */
  readonly special: Buffer[];
  /** Directories that could not be listed, with the error code (EACCES): reported, never skipped silently. */
  readonly unreadable: { readonly path: Buffer; readonly reason: string }[];
}

const SEP = Buffer.from('/');

/**
 * Every file under `dir`, without following symbolic links and without entering `.git`.
 * Names stay bytes (readdir's `buffer` encoding) so a file whose name is not UTF-8 can
 * still be opened. Directories are identified by device and inode, so even a bind mount
 * of a parent cannot make the walk loop. A directory that cannot be listed is reported in `unreadable`.
 */
export async function walkTree(dir: Buffer): Promise<WalkResult> {
  const result: WalkResult = { files: [], repositories: [], symlinks: [], special: [], unreadable: [] };
  const visited = new Set<string>();
  const stack: Buffer[] = [dir];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    // Gone since it was listed (a concurrent build, a deleted temp dir): nothing left to scan.
    const stats = await lstat(current, { bigint: true }).catch(() => null);
    if (stats === null) continue;
    const id = `${stats.dev}:${stats.ino}`;
    if (visited.has(id)) continue;
    visited.add(id);
    const entries = await readdir(current, { withFileTypes: true, encoding: 'buffer' }).catch((error: NodeJS.ErrnoException) => {
      result.unreadable.push({ path: current!, reason: error.code ?? error.message });
      return [];
    });
    if (entries.some((e) => e.name.equals(GIT)) && current !== dir) {
      result.repositories.push(current);
      continue;
    }
    const sorted = entries.sort((a, b) => Buffer.compare(a.name, b.name));
    // Reverse, so the stack pops subdirectories in name order (stable output).
    for (const entry of sorted.reverse()) await classify(entry, join(current, entry.name), result, stack);
  }
  return result;
}

const GIT = Buffer.from('.git');

async function classify(entry: Dirent<Buffer>, path: Buffer, result: WalkResult, stack: Buffer[]): Promise<void> {
  if (entry.name.equals(GIT)) return;
  // Some file systems report DT_UNKNOWN; lstat then tells (never stat: it would follow links).
  const kind = entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() ? entry : await lstat(path);
  if (kind.isSymbolicLink()) result.symlinks.push(path);
  else if (kind.isDirectory()) stack.push(path);
  else if (kind.isFile()) result.files.push(path);
  else result.special.push(path);
}

function join(dir: Buffer, name: Buffer): Buffer {
  return dir.at(-1) === SEP[0] ? Buffer.concat([dir, name]) : Buffer.concat([dir, SEP, name]);
}
