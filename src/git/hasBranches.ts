import { execGit } from './execGit.js';

/** Whether the repository has any branch: an unborn HEAD beside existing branches is not an empty repository. */
export async function hasBranches(cwd: string): Promise<boolean> {
  const out = await execGit(['for-each-ref', '--count=1', '--format=%(refname)', 'refs/heads/'], { cwd });
  return out.trim() !== '';
}
