import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Variables that move the repository, the work tree or the config git would read (git(1) "ENVIRONMENT"). */
const RELOCATING = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT'];

/**
 * core.worktree and core.bare decide where the work tree is; git reads them from the repository's
 * own config file (setup.c, check_repository_format). An include could bring either in.
 */
const MOVES_WORK_TREE = /worktree|include|bare\s*=\s*(?:true|yes|on|1)\b/i;

/**
 * Whether `dir` is, without asking git, the top of its own work tree: it holds a `.git`
 * directory (a `.git` file means a linked worktree or a submodule: ask git), nothing in the
 * environment relocates the repository, and its config neither moves the work tree nor says bare.
 * This is where git runs every hook (githooks(5): "Before Git invokes a hook, it changes its
 * working directory to … the root of the working tree"), and answering here saves the hook a
 * `git rev-parse` process. Any doubt answers false, and the caller asks git.
 */
export function isWorkTreeTop(dir: string, env: NodeJS.ProcessEnv): boolean {
  if (RELOCATING.some((name) => env[name] !== undefined)) return false;
  try {
    if (!statSync(join(dir, '.git', 'HEAD'), { throwIfNoEntry: false })?.isFile()) return false;
    return !MOVES_WORK_TREE.test(readFileSync(join(dir, '.git', 'config'), 'utf8'));
  } catch {
    return false;
  }
}
