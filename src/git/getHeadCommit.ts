import { execGit } from './execGit.js';

/** HEAD's commit id, or null on an unborn branch (before the first commit). Detached HEAD works. */
export async function getHeadCommit(cwd: string): Promise<string | null> {
  // `--verify --quiet` exits 1 without a message when HEAD does not resolve (git-rev-parse(1)).
  const out = await execGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd, okExitCodes: [0, 1] });
  return out.trim() || null;
}
