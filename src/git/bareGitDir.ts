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
  // `true` or `false`, then the path on the rest of the output (which may itself hold a newline).
  const newline = out.indexOf('\n');
  const gitDir = out.slice(newline + 1).replace(/\n$/, '');
  return out.slice(0, newline) === 'true' && gitDir !== '' ? gitDir : undefined;
}
