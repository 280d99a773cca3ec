import { peeledObjects } from './peeledObjects.js';

/**
 * Which of `ids` (full hex object names) name a commit this repository has, directly or through
 * an annotated tag: input id → commit id. A tag of a tree or a blob does not peel to `^{commit}`,
 * so git reports it missing, as an object we lack (git-cat-file(1) "BATCH OUTPUT").
 */
export async function localCommits(cwd: string, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const [name, object] of await peeledObjects(cwd, ids, '^{commit}')) if (object.type === 'commit') found.set(name, object.id);
  return found;
}
