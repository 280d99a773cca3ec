import { execGit } from './execGit.js';

/** The object a name finally stands for, once annotated tags are peeled. */
export interface PeeledObject {
  readonly id: string;
  /** `commit`, `tree` or `blob`. */
  readonly type: string;
}

/**
 * What each of `ids` (full hex object names) finally names once annotated tags are peeled
 * (gitrevisions(7) `<rev>^{}`, or `peel`, e.g. `^{commit}`); absent when this repository (with its
 * quarantine, if any) lacks it or it does not peel so. One `git cat-file --batch-check` for all of
 * them, the names on its standard input, one output line each in the same order (git-cat-file(1)
 * "BATCH OUTPUT").
 */
export async function peeledObjects(cwd: string, ids: readonly string[], peel = '^{}'): Promise<Map<string, PeeledObject>> {
  const found = new Map<string, PeeledObject>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return found;
  const input = unique.map((id) => `${id}${peel}\n`).join('');
  const out = await execGit(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { cwd, input });
  out.split('\n').forEach((line, i) => {
    // A missing name prints `<name> missing` whatever the format says.
    const [id = '', type = ''] = line.split(' ');
    if (unique[i] !== undefined && type !== 'missing' && type !== '') found.set(unique[i], { id, type });
  });
  return found;
}
