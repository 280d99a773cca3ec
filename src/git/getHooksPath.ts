import { execGit } from './execGit.js';

/** `core.hooksPath` as configured for the repository at `cwd`, or null when unset. */
export async function getHooksPath(cwd: string): Promise<string | null> {
  // `git config --get` exits 1 when the key is unset; that is an answer, not a failure.
  const out = await execGit(['config', '--get', 'core.hooksPath'], { cwd, okExitCodes: [0, 1] });
  const value = out.trim();
  return value === '' ? null : value;
}
