import { execGit } from './execGit.js';

/** Whether HEAD points at a commit (false on an unborn branch, before the first commit). */
export async function hasHead(cwd: string): Promise<boolean> {
  // `--verify --quiet` exits 1 without a message when HEAD does not resolve (git-rev-parse(1)).
  const out = await execGit(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd, okExitCodes: [0, 1] });
  return out.trim() !== '';
}
