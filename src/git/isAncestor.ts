import { execGit } from './execGit.js';

/**
 * Whether commit `ancestor` (full id) is `descendant` or one of its ancestors. `git merge-base a b`
 * prints a best common ancestor; when `a` is an ancestor of `b` that is `a` itself, since every
 * other common ancestor is an ancestor of `a` (git-merge-base(1)). Exit 1 with no output: the
 * histories share no commit. (`--is-ancestor` answers by exit code only, which execGit does not return.)
 */
export async function isAncestor(cwd: string, ancestor: string, descendant: string): Promise<boolean> {
  const out = await execGit(['merge-base', '--end-of-options', ancestor, descendant], { cwd, okExitCodes: [0, 1] });
  return out.trim() === ancestor;
}
