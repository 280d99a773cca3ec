import { execGit } from './execGit.js';

/**
 * Which of `ids` (full hex object names) name a commit this repository has, directly or through
 * an annotated tag: input id → commit id. One `git cat-file --batch-check` for all of them, the
 * names on its standard input (git-cat-file(1) "BATCH OUTPUT": `<name> missing` for an object we
 * lack, and a tag of a tree or a blob does not peel to `^{commit}`, so it is missing too).
 */
export async function localCommits(cwd: string, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return found;
  const input = unique.map((id) => `${id}^{commit}\n`).join('');
  const out = await execGit(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd, input });
  out.split('\n').forEach((line, i) => {
    const [id, type] = line.split(' ');
    if (type === 'commit' && id !== undefined && unique[i] !== undefined) found.set(unique[i], id);
  });
  return found;
}
