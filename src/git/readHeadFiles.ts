import { execGit } from './execGit.js';
import { hasHead } from './hasHead.js';

/**
 * The text of those of `names` (top-level files) that HEAD's tree (or `revision`'s, a commit id)
 * holds, by name; empty on an unborn HEAD. For a bare repository, which has no work tree to read
 * keyguard's own files from, and for the GitHub Action, which reads them from the base commit.
 */
export async function readHeadFiles(cwd: string, names: readonly string[], revision = 'HEAD'): Promise<Map<string, string>> {
  if (revision === 'HEAD' && !(await hasHead(cwd))) return new Map();
  return readTreeFiles(cwd, revision, names);
}

/**
 * The text of those of `names` (top-level files) that the tree of `commit` (a revision that exists)
 * holds, by name. `ls-tree -z` gives exact names and blob ids (git-ls-tree(1)); only blobs are read.
 */
export async function readTreeFiles(cwd: string, commit: string, names: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const listing = await execGit(['ls-tree', '-z', '--full-tree', '--end-of-options', commit, '--', ...names], { cwd });
  for (const entry of listing.split('\0')) {
    // `<mode> SP <type> SP <object> TAB <path>`; regular files only (a symlink's blob is its target).
    const match = /^100(?:644|755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match === null || !names.includes(match[2]!)) continue;
    files.set(match[2]!, await execGit(['cat-file', 'blob', match[1]!], { cwd }));
  }
  return files;
}
