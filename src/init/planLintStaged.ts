/**
 * Pure planning for `keyguard init --lint-staged`. lint-staged maps globs to a command or an array
 * of commands and appends the staged file names to each (lint-staged README, "Configuration").
 * Like planFiles.ts: return the new value, or null when nothing needs to change; never clobber.
 */

export const LINT_STAGED_COMMAND = 'keyguard check-files';
const GLOB = '*';

/** The lint-staged config with keyguard added under `"*"`, or null when keyguard is already there. */
export function planLintStagedConfig(config: Readonly<Record<string, unknown>>): Record<string, unknown> | null {
  const mentions = (value: unknown): boolean =>
    (typeof value === 'string' && /\bkeyguard\s+check-(files|staged)\b/.test(value)) || (Array.isArray(value) && value.some(mentions));
  if (Object.values(config).some(mentions)) return null;
  const current = config[GLOB];
  if (current === undefined) return { ...config, [GLOB]: LINT_STAGED_COMMAND };
  // An existing "*" task keeps running; keyguard runs after it (lint-staged runs an array in order).
  if (typeof current === 'string') return { ...config, [GLOB]: [current, LINT_STAGED_COMMAND] };
  if (Array.isArray(current)) return { ...config, [GLOB]: [...(current as unknown[]), LINT_STAGED_COMMAND] };
  return null; // a function or object task under "*" (JS configs only): not ours to rewrite
}
