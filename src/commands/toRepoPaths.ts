import { isAbsolute, relative, resolve, sep } from 'node:path';
import { KeyguardError } from '../errors.js';
import { pathOutsideRepo } from '../messages.js';

/**
 * `keyguard check-files` gets paths as lint-staged passes them: absolute by default, relative to
 * the current directory with its `relative` option (lint-staged README, "Configuration"). git
 * pathspecs are relative to the directory git runs in, so map every path to the repository root.
 */
export function toRepoPaths(root: string, cwd: string, paths: readonly string[]): string[] {
  return paths.map((path) => {
    const rel = relative(root, resolve(cwd, path));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new KeyguardError('usage', pathOutsideRepo(path, root));
    return rel === '' ? '.' : rel.split(sep).join('/');
  });
}
