import type { Allowlist } from '../config/allowlist.js';
import { NO_ALLOWLIST, type ResolvedConfig } from '../config/defaults.js';
import { loadConfig } from '../config/loadConfig.js';
import { workTreeFiles, type RepoFiles } from '../config/repoFiles.js';
import { SECRET_FILE_RULE_IDS } from '../detect/secretFiles.js';
import type { Rule } from '../detect/types.js';

export interface RuleSet {
  readonly config: ResolvedConfig;
  /** Built-in rules minus disabled ones, then custom rules: built-ins win de-duplication. */
  readonly rules: readonly Rule[];
  readonly allow: Allowlist;
}

/**
 * The repository's config turned into what the scanner needs; one list object per run (scan caches
 * by it). Read from the work tree at `root`, or from `files` (a bare repository: checkPush).
 */
export async function loadRuleSet(root: string, files: RepoFiles = workTreeFiles(root)): Promise<RuleSet> {
  // Loaded on demand: commands start git first, so compiling the ~100 rules overlaps git's work
  // instead of delaying it (npm run bench, case a).
  const { builtinRules } = await import('../detect/rules/index.js');
  const config = await loadConfig(files, new Set([...builtinRules.map((r) => r.id), ...SECRET_FILE_RULE_IDS]));
  const enabled = config.disabledRules.length === 0 ? builtinRules : builtinRules.filter((r) => !config.disabledRules.includes(r.id));
  const rules = config.customRules.length === 0 ? enabled : [...enabled, ...config.customRules];
  // picomatch is only loaded when a config exists: the common no-config hook run stays lean.
  const allow = config.source === null ? NO_ALLOWLIST : (await import('../config/allowlist.js')).makeAllowlist(config);
  return { config, rules, allow };
}
