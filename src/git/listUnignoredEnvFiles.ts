import { execGit } from './execGit.js';

/**
 * Untracked `.env` / `.env.*` files anywhere in the work tree at `root` that git does not ignore:
 * one `git add -A` away from a commit. `--others --exclude-standard` lists untracked files minus
 * those .gitignore, .git/info/exclude and core.excludesFile ignore (git-ls-files(1)); ignored
 * directories (node_modules) are not descended. The `glob` pathspec magic makes `**` match across
 * directories (gitglossary(7) "pathspec"). Paths are repo-relative; `-z` prints them verbatim.
 */
export async function listUnignoredEnvFiles(root: string): Promise<string[]> {
  const out = await execGit(
    ['-c', 'core.quotepath=off', 'ls-files', '--others', '--exclude-standard', '-z', '--', ':(glob)**/.env', ':(glob)**/.env.*'],
    { cwd: root },
  );
  return out.split('\0').filter((path) => path !== '');
}
