import { execGit } from './execGit.js';
import { isWorkTreeTop } from './isWorkTreeTop.js';

/**
 * Absolute path of the working tree's top level containing `cwd` (`git rev-parse
 * --show-toplevel`). Outside a repository, and in a bare repository or inside `.git`
 * (no work tree: "this operation must be run in a work tree"), rejects with
 * KeyguardError('not-a-repo') carrying git's message.
 */
export async function getRepoRoot(cwd: string): Promise<string> {
  const output = await execGit(['rev-parse', '--show-toplevel'], { cwd });
  // One line; only the newline is ours to strip (a directory name may end in a space).
  return output.replace(/\r?\n$/, '');
}

/**
 * getRepoRoot for the hook commands, whose `cwd` is the process's own (physical, as git's answer
 * would be) and, run by git, the top of the work tree: answered without a git process when
 * isWorkTreeTop can tell. Not for paths from arguments (symlinks, broken `.git` directories).
 */
export async function getHookRepoRoot(cwd: string): Promise<string> {
  return isWorkTreeTop(cwd, process.env) ? cwd : getRepoRoot(cwd);
}
