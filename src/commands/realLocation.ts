import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Symbolic links followed at most, as the kernel does (Linux MAXSYMLINKS, path_resolution(7)). */
const MAX_LINKS = 40;

/**
 * Where a file written at `path` would really land, whether or not it exists yet: the real path of
 * the deepest existing ancestor (symlinked directories and `..` after them resolved by the system's
 * realpath(3); Node's JS realpathSync normalises `..` as text first) plus the rest, with a symlink
 * as the last component followed to its target, even one that does not exist yet. `path` must be
 * absolute and not normalised: `link/..` is the link target's parent, not the link's directory.
 */
export function realLocation(path: string, links = 0): string {
  try {
    return realpathSync.native(path);
  } catch {
    // Does not exist (or a dangling link, or a loop): resolve the parent, then the last component.
  }
  const parent = dirname(path);
  if (parent === path || links > MAX_LINKS) return path;
  const name = basename(path);
  const target = linkTarget(path);
  if (target !== undefined) return realLocation(resolve(realLocation(parent, links + 1), target), links + 1);
  return resolve(realLocation(parent, links), name);
}

/** Whether `path` is `root` or inside it (both real paths); `..foo` is a name inside, not a way out. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}
