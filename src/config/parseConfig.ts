import type { z } from 'zod';
import { KeyguardError } from '../errors.js';
import type { ResolvedConfig } from './defaults.js';
import { configSchema } from './schema.js';

/**
 * Validate raw JSON against the schema. Loaded lazily (only when a config file
 * exists) so a repository without config never pays zod's start-up cost.
 */
export function parseConfig(raw: unknown, source: string, knownRuleIds: ReadonlySet<string>): ResolvedConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw configError(source, result.error.issues[0]);
  const unknown = result.data.disabledRules.find((id) => !knownRuleIds.has(id));
  if (unknown !== undefined) {
    throw configError(source, undefined, `disabledRules: unknown rule id "${unknown}" (see README "Rules" for the ids)`);
  }
  return { source, disabledRules: result.data.disabledRules, allowlist: result.data.allowlist };
}

function configError(source: string, issue: z.core.$ZodIssue | undefined, text?: string): KeyguardError {
  const detail = text ?? (issue ? describeIssue(issue) : 'invalid configuration');
  return new KeyguardError('config', `Invalid keyguard config in ${source}: ${detail}`, {
    hint: 'Fix the file (see README "Configuration"), or remove it to use the defaults.',
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
  if (issue.code === 'unrecognized_keys') return `${path}: unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${path}: ${issue.message}`;
}
