import { execGit } from './execGit.js';

/**
 * The absolute git directory of the repository at `cwd`, bare or not. git runs the hooks of a push
 * (pre-receive, update, …) in $GIT_DIR even for a non-bare repository (githooks(5)), where
 * `--show-toplevel` refuses to run, so a server-side command works from the git directory.
 */
export async function getGitDir(cwd: string): Promise<string> {
  return (await execGit(['rev-parse', '--absolute-git-dir'], { cwd })).replace(/\n$/, '');
}
