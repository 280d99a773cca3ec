/**
 * Environment variables that decide *which* repository, index and objects git reads, and the
 * per-invocation config the user gave `git commit`. simple-git 4 strips every ambient `GIT_*`
 * variable from its child processes unless it is named in its `allowEnvironment` option, so
 * without this list a pre-commit hook would silently read the wrong data:
 * - `git commit -a` / `git commit <path>` run the hook with GIT_INDEX_FILE pointing at a
 *   temporary index (githooks(5) "pre-commit"); the default `.git/index` is not what gets committed;
 * - `git --git-dir=… --work-tree=…` and linked worktrees export GIT_DIR / GIT_WORK_TREE to hooks;
 * - a pre-receive hook (check-receive) runs while the pushed objects are still in a quarantine
 *   directory: git-receive-pack(1) "QUARANTINE ENVIRONMENT" points GIT_OBJECT_DIRECTORY at it and
 *   lists the repository's own objects in GIT_ALTERNATE_OBJECT_DIRECTORIES. Without both, every
 *   pushed commit is "unknown". GIT_QUARANTINE_PATH makes git refuse ref updates from the hook.
 * Deliberately absent: GIT_DIFF_OPTS (it overrides -U, git(1)), GIT_EXTERNAL_DIFF, GIT_PAGER, …:
 * they only change how output looks, and we parse that output.
 */
const LOCATION = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_QUARANTINE_PATH',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
];

/** `git -c k=v commit` reaches hooks as GIT_CONFIG_PARAMETERS; git(1) "GIT_CONFIG_COUNT" for the rest. */
const CONFIG = ['GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_NOSYSTEM'];

const NUMBERED_CONFIG = /^GIT_CONFIG_(KEY|VALUE)_\d+$/i;

/** The names to hand to simple-git's `allowEnvironment` for the given environment. */
export function inheritedGitEnvironment(env: NodeJS.ProcessEnv): string[] {
  const numbered = Object.keys(env).filter((name) => NUMBERED_CONFIG.test(name));
  return [...LOCATION, ...CONFIG, ...numbered];
}
