import { KeyguardError } from '../errors.js';
import { getRepoRoot } from './getRepoRoot.js';

/**
 * The work tree's top level containing `dir`, or null when `dir` is in no work tree (outside
 * any repository, a bare repository, inside `.git`). Any other git failure is still an error.
 */
export async function findRepoRoot(dir: string): Promise<string | null> {
  try {
    return await getRepoRoot(dir);
  } catch (error) {
    if (error instanceof KeyguardError && error.code === 'not-a-repo') return null;
    throw error;
  }
}
