import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getHooksPath } from '../git/getHooksPath.js';
import { GLOBAL_HOOK_MARK } from './globalHookScript.js';

/**
 * core.hooksPath as `keyguard init` must see it: null when it is unset or when it is the directory of
 * `keyguard init --global`'s dispatchers. Those come from the user's global config, not from the
 * project: init must not add its block to them as to a team's own hooks directory (they would then
 * count as edited by the user), and husky's local `.husky/_` takes precedence over them anyway.
 */
export async function repoHooksPath(root: string): Promise<string | null> {
  const value = await getHooksPath(root);
  return value === null || isGlobalDispatchers(resolve(root, value)) ? null : value;
}

function isGlobalDispatchers(dir: string): boolean {
  try {
    return readFileSync(join(dir, 'pre-commit'), 'utf8').split('\n', 2)[1] === GLOBAL_HOOK_MARK;
  } catch {
    return false;
  }
}
