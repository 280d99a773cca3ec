/**
 * Which file lint-staged reads its config from in a package directory, the way lint-staged 16
 * decides it (lib/configFiles.js, lib/searchConfigs.js, lib/groupFilesByConfig.js): every file of
 * CONFIG_FILE_NAMES present there is a candidate, package.json and package.yaml only with a
 * "lint-staged" key; candidates are sorted by name (String#localeCompare) and the staged files go
 * to the first, so that is the one config that runs. Editing another one (say package.json beside a
 * lint-staged.config.mjs) would change nothing lint-staged does.
 */

/** lint-staged's CONFIG_FILE_NAMES (lint-staged 16, lib/configFiles.js). */
export const LINT_STAGED_CONFIG_FILES = [
  'package.json', 'package.yaml', 'package.yml',
  '.lintstagedrc', '.lintstagedrc.json', '.lintstagedrc.yaml', '.lintstagedrc.yml',
  '.lintstagedrc.mjs', '.lintstagedrc.mts', '.lintstagedrc.js', '.lintstagedrc.ts', '.lintstagedrc.cjs', '.lintstagedrc.cts',
  'lint-staged.config.mjs', 'lint-staged.config.mts', 'lint-staged.config.js', 'lint-staged.config.ts',
  'lint-staged.config.cjs', 'lint-staged.config.cts',
] as const;

const IN_PACKAGE_MANIFEST = new Set(['package.json', 'package.yaml', 'package.yml']);

/**
 * The config file lint-staged uses among `present` (file names in the package directory), or null.
 * `hasKey(name)` says whether a package manifest holds a "lint-staged" key.
 */
export function findLintStagedConfig(present: ReadonlySet<string>, hasKey: (manifest: string) => boolean): string | null {
  const candidates = LINT_STAGED_CONFIG_FILES.filter((name) => present.has(name) && (!IN_PACKAGE_MANIFEST.has(name) || hasKey(name)));
  return [...candidates].sort((a, b) => a.localeCompare(b))[0] ?? null;
}

/** How keyguard can add itself: edit JSON (package.json's key or a JSON file), or tell the user what to add. */
export type LintStagedForm = 'package.json' | 'json' | 'by-hand';

/** `.lintstagedrc` without an extension is YAML to lint-staged; JSON is valid YAML, so JSON text is edited as JSON. */
export function lintStagedForm(file: string, text: string): LintStagedForm {
  if (file === 'package.json') return 'package.json';
  if (file === '.lintstagedrc.json') return 'json';
  if (file === '.lintstagedrc' && isJsonObject(text)) return 'json';
  return 'by-hand';
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** A config keyguard cannot edit already runs keyguard: a line (not a comment) calling it. */
export function mentionsKeyguard(text: string): boolean {
  return text.split('\n').some((line) => !/^\s*(\/\/|#|\*|\/\*)/.test(line) && /\bkeyguard\s+check-(files|staged)\b/.test(line));
}
