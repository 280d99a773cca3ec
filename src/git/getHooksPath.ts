import { simpleGit } from 'simple-git';
import { KeyguardError } from '../errors.js';

/** `core.hooksPath` as configured for the repository at `cwd`, or null when unset. */
export async function getHooksPath(cwd: string): Promise<string | null> {
  try {
    // `git config --get` exits 1 when the key is unset; that is an answer, not a failure.
    const out = await simpleGit({ baseDir: cwd }).raw(['config', '--get', 'core.hooksPath']);
    const value = out.trim();
    return value === '' ? null : value;
  } catch (error) {
    const message = (error as Error).message.trim();
    if (message === '') return null;
    throw new KeyguardError('git', `git config --get core.hooksPath failed: ${message}`, { cause: error });
  }
}
