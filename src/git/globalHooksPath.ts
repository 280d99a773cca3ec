import { execGit } from './execGit.js';

/**
 * The user's global `core.hooksPath` (git config --global: $GIT_CONFIG_GLOBAL, else ~/.gitconfig and
 * $XDG_CONFIG_HOME/git/config, git-config(1) "FILES"), as written, or null when unset. `--includes`:
 * with a file option git skips [include] sections unless told (git-config(1) "--includes"), and a
 * value from an included file is the one git uses when it comes later. `cwd` need not be a repository.
 */
export async function getGlobalHooksPath(cwd: string): Promise<string | null> {
  // `--get` exits 1 when the key is unset: an answer, not a failure.
  const value = (await execGit(['config', '--global', '--includes', '--get', 'core.hooksPath'], { cwd, okExitCodes: [0, 1] })).replace(/\n$/, '');
  return value === '' ? null : value;
}

/** Set it, or with null remove it (`--unset` exits 5 when it is already unset). */
export async function setGlobalHooksPath(cwd: string, value: string | null): Promise<void> {
  if (value === null) await execGit(['config', '--global', '--unset', 'core.hooksPath'], { cwd, okExitCodes: [0, 5], setsHooksPath: true });
  else await execGit(['config', '--global', 'core.hooksPath', value], { cwd, setsHooksPath: true });
}

/**
 * The core.hooksPath the repository at `cwd` sets itself (husky's `.husky/_`), which beats the global
 * one; null when it sets none or `cwd` is not in a repository (exit 128 there: only a note depends on it).
 */
export async function getLocalHooksPath(cwd: string): Promise<string | null> {
  const value = (await execGit(['config', '--local', '--get', 'core.hooksPath'], { cwd, okExitCodes: [0, 1, 128] }).catch(() => '')).replace(/\n$/, '');
  return value === '' ? null : value;
}
