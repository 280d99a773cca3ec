import { execGit } from './execGit.js';

/**
 * Whether the object `id` (full hex, from git's pre-push input) is a commit this repository has.
 * A force push's old remote tip often is not: it was never fetched, or was garbage-collected.
 */
export async function commitExists(cwd: string, id: string): Promise<boolean> {
  const out = await execGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${id}^{commit}`], { cwd, okExitCodes: [0, 1] });
  return out.trim() !== '';
}
