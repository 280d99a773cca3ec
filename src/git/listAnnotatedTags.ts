import { execGit } from './execGit.js';

/** An annotated tag a ref points at: the tag object and what it tags (a commit, or another tag). */
export interface TagRef {
  readonly id: string;
  readonly target: string;
}

/**
 * Every ref that points at a tag object (annotated or signed tags; lightweight tags point at the
 * commit and carry no message): `git for-each-ref` with `%(objecttype)` and the peeled-once
 * `%(*objectname)` (git-for-each-ref(1) "FIELD NAMES").
 */
export async function listAnnotatedTags(cwd: string): Promise<TagRef[]> {
  const out = await execGit(['--no-replace-objects', 'for-each-ref', '--format=%(objecttype) %(objectname) %(*objectname)'], { cwd });
  const tags = new Map<string, TagRef>();
  for (const line of out.split('\n')) {
    const [type, id, target] = line.split(' ');
    if (type === 'tag' && id && target) tags.set(id, { id, target });
  }
  return [...tags.values()];
}
