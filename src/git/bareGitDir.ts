import { execGit } from './execGit.js';

/**
 * The git directory when `cwd` is in a bare repository (no work tree: `getRepoRoot` rejects), else
 * undefined. git runs a bare repository's hooks there, with GIT_DIR set (githooks(5)), e.g. a
 * pre-push hook of a mirror pushing on (`git push --mirror`).
 */
export async function bareGitDir(cwd: string): Promise<string | undefined> {
  let out: string;
  try {
    out = await execGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir'], { cwd });
  } catch {
    return undefined; // not a repository at all: the caller reports its own error
  }
  const [bare, gitDir] = out.split('\n');
  return bare === 'true' && gitDir !== undefined && gitDir !== '' ? gitDir : undefined;
}
