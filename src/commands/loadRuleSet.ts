import type { Allowlist } from '../config/allowlist.js';
import { NO_ALLOWLIST, type ResolvedConfig } from '../config/defaults.js';
import { loadConfig } from '../config/loadConfig.js';
import { workTreeFiles, type RepoFiles } from '../config/repoFiles.js';
import type { RuleCatalog } from '../detect/rules/catalog.js';
import { SECRET_FILE_RULE_IDS } from '../detect/secretFiles.js';
import type { Rule } from '../detect/types.js';

export interface RuleSet {
  readonly config: ResolvedConfig;
  /** Built-in rules minus disabled ones, then custom rules: built-ins win de-duplication. */
  readonly rules: readonly Rule[];
  readonly allow: Allowlist;
}

/** The config and allowlist, without building the rules (LazyScan.ts builds them when a text needs them). */
export interface RuleConfig {
  readonly config: ResolvedConfig;
  readonly allow: Allowlist;
  /** The built-in rules' ids, keywords and key-block openers, without the rules (rules/catalog.ts). */
  readonly catalog: RuleCatalog;
}

/**
 * The repository's config turned into what the scanner needs; one list object per run (scan caches
 * by it). Read from the work tree at `root`, or from `files` (a bare repository: checkPush).
 */
export async function loadRuleSet(root: string, files: RepoFiles = workTreeFiles(root)): Promise<RuleSet> {
  const { config, allow } = await loadRuleConfig(root, files);
  return { config, allow, rules: await rulesFor(config) };
}

/** loadRuleSet without the rules: rule names in the config are checked against the catalog (rules/catalog.ts). */
export async function loadRuleConfig(root: string, files: RepoFiles = workTreeFiles(root)): Promise<RuleConfig> {
  const { ruleCatalog } = await import('../detect/rules/catalog.js');
  const catalog = ruleCatalog();
  const config = await loadConfig(files, new Set([...catalog.ids, ...SECRET_FILE_RULE_IDS]));
  // picomatch is only loaded when a config exists: the common no-config hook run stays lean.
  const allow = config.source === null ? NO_ALLOWLIST : (await import('../config/allowlist.js')).makeAllowlist(config);
  return { config, allow, catalog };
}

/** Built-in rules minus disabled ones, then custom rules: built-ins win de-duplication. */
export async function rulesFor(config: ResolvedConfig): Promise<readonly Rule[]> {
  // Loaded on demand: commands start git first, so compiling the rules overlaps git's work
  // instead of delaying it (npm run bench, case a).
  const { builtinRules } = await import('../detect/rules/index.js');
  const enabled = config.disabledRules.length === 0 ? builtinRules : builtinRules.filter((r) => !config.disabledRules.includes(r.id));
  return config.customRules.length === 0 ? enabled : [...enabled, ...config.customRules];
}
