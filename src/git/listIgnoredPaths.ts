import { execGit } from './execGit.js';

/**
 * Which of `paths` (repo-relative) .gitignore, .git/info/exclude or core.excludesFile would ignore,
 * so the remediation does not tell the user to add a line that is already there. `--no-index`
 * matches the patterns even for a path that is staged or tracked — the case of a `.env` added with
 * `git add -f` (git-check-ignore(1) "--no-index"). Exit code 1 means none is ignored. `--stdin -z`:
 * paths go in and come out NUL-terminated, verbatim (`-z` is only allowed with `--stdin`).
 */
export async function listIgnoredPaths(root: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const input = paths.map((path) => `${path}\0`).join('');
  const out = await execGit(['check-ignore', '--no-index', '--stdin', '-z'], { cwd: root, input, okExitCodes: [0, 1] });
  return new Set(out.split('\0').filter((path) => path !== ''));
}
