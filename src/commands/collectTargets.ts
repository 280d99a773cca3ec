import { lstat, realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { appendAll } from '../collect.js';
import { KeyguardError } from '../errors.js';
import { findRepoRoot } from '../git/findRepoRoot.js';
import { listFiles } from '../git/listFiles.js';
import { cannotAccess, pathsNotFound } from '../messages.js';
import { walkTree } from './walkTree.js';

/** One file to scan: absolute path as bytes (for the file system) and the name we report. */
export interface ScanTarget {
  readonly path: Buffer;
  /** Relative to the report base (the repository root, or the directory outside any), `/`-separated. */
  readonly display: string;
}

export interface CollectedTargets {
  readonly files: ScanTarget[];
  /** Paths we deliberately did not enter, by reason, for the notes. */
  readonly nested: string[];
  readonly symlinks: string[];
  readonly special: string[];
  /** Directory arguments under which git listed nothing (all ignored, or empty). */
  readonly empty: string[];
  /** Directories the walk could not list, as `path (CODE)`. */
  readonly unreadable: string[];
}

/**
 * Expand the `scan` arguments into files. Inside a work tree git lists them (so .gitignore,
 * .git/info/exclude and core.excludesFile apply, unless `includeIgnored`); a file named
 * explicitly is scanned even when ignored — the user asked for it. Outside any work tree the
 * file system is walked; a repository met on the way is listed by git again.
 */
export async function collectTargets(base: string, cwd: string, args: readonly string[], includeIgnored: boolean): Promise<CollectedTargets> {
  const out: CollectedTargets = { files: [], nested: [], symlinks: [], special: [], empty: [], unreadable: [] };
  const show = (abs: string) => toDisplay(base, abs);
  for (const abs of await existingPaths(cwd, args)) {
    const stats = await lstat(abs);
    if (stats.isSymbolicLink()) out.symlinks.push(show(abs));
    else if (stats.isFile()) out.files.push({ path: Buffer.from(abs), display: show(abs) });
    else if (!stats.isDirectory()) out.special.push(show(abs));
    else await collectDirectory(abs, includeIgnored, out, show);
  }
  return dedupe(out);
}

async function existingPaths(cwd: string, args: readonly string[]): Promise<string[]> {
  const paths = (args.length === 0 ? ['.'] : args).map((arg) => resolve(cwd, arg));
  const missing: string[] = [];
  for (const [i, abs] of paths.entries()) {
    await lstat(abs).catch((error: NodeJS.ErrnoException) => {
      // EACCES on a parent directory: we cannot even tell what the argument is.
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw new KeyguardError('io', cannotAccess(args[i] ?? abs, error.code ?? error.message));
      missing.push(args[i] ?? abs);
    });
  }
  if (missing.length > 0) throw new KeyguardError('usage', pathsNotFound(missing));
  return paths;
}

async function collectDirectory(dir: string, includeIgnored: boolean, out: CollectedTargets, show: (abs: string) => string): Promise<void> {
  const root = await findRepoRoot(dir);
  if (root !== null) return collectFromGit(root, dir, includeIgnored, out, show);
  const walked = await walkTree(Buffer.from(dir));
  for (const path of walked.files) out.files.push({ path, display: show(path.toString()) });
  appendAll(out.symlinks, walked.symlinks.map((p) => show(p.toString())));
  appendAll(out.special, walked.special.map((p) => show(p.toString())));
  appendAll(out.unreadable, walked.unreadable.map((u) => `${show(u.path.toString())} (${u.reason})`));
  for (const repo of walked.repositories) {
    const found = await findRepoRoot(repo.toString());
    // A `.git` git does not accept (broken, or a bare repository's internals): scan as plain files.
    if (found !== null && found === (await realpath(repo.toString()))) await collectFromGit(found, found, includeIgnored, out, show);
    else await collectPlain(repo, out, show);
  }
}

async function collectFromGit(root: string, dir: string, includeIgnored: boolean, out: CollectedTargets, show: (abs: string) => string): Promise<void> {
  const pathspec = relative(root, await realpath(dir)).split(sep).join('/') || '.';
  const names = await listFiles(root, [pathspec], { includeIgnored });
  if (names.length === 0) out.empty.push(show(dir));
  const prefix = Buffer.from(root.endsWith('/') ? root : `${root}/`);
  for (const name of names) {
    const abs = Buffer.concat([prefix, name]);
    // git lists an untracked nested repository as `dir/` and never descends into it.
    if (name.at(-1) === 0x2f) out.nested.push(show(abs.toString()));
    else out.files.push({ path: abs, display: show(abs.toString()) });
  }
}

/** A directory holding an unusable `.git`: walk it without entering `.git`. */
async function collectPlain(dir: Buffer, out: CollectedTargets, show: (abs: string) => string): Promise<void> {
  const walked = await walkTree(dir);
  for (const path of walked.files) out.files.push({ path, display: show(path.toString()) });
  appendAll(out.symlinks, walked.symlinks.map((p) => show(p.toString())));
  appendAll(out.special, walked.special.map((p) => show(p.toString())));
  appendAll(out.nested, walked.repositories.map((p) => show(p.toString())));
  appendAll(out.unreadable, walked.unreadable.map((u) => `${show(u.path.toString())} (${u.reason})`));
}

/** Relative to `base` with `/` separators: the same form as git's repo-relative paths. */
function toDisplay(base: string, abs: string): string {
  const rel = relative(base, abs).split(sep).join('/');
  return rel === '' ? '.' : rel.replace(/\/$/, '');
}

/** `scan src src/a.ts` must not scan a.ts twice. */
function dedupe(out: CollectedTargets): CollectedTargets {
  const seen = new Set<string>();
  const files = out.files.filter((f) => {
    const key = f.path.toString('latin1');
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { ...out, files };
}
