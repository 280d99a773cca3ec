import { execGit } from './execGit.js';

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
