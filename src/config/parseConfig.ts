import type { z } from 'zod';
import { KeyguardError } from '../errors.js';
import type { ResolvedConfig } from './defaults.js';
import type { Rule } from '../detect/types.js';
import { groupCount } from '../detect/validateRules.js';
import { unsafePattern } from '../messages.js';
import { configSchema, type CustomRuleConfig } from './schema.js';

/**
 * Validate raw JSON against the schema. Loaded lazily (only when a config file
 * exists) so a repository without config never pays zod's start-up cost.
 */
export async function parseConfig(raw: unknown, source: string, knownRuleIds: ReadonlySet<string>): Promise<ResolvedConfig> {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw configError(source, result.error.issues[0]);
  const unknown = result.data.disabledRules.find((id) => !knownRuleIds.has(id));
  if (unknown !== undefined) {
    throw configError(source, undefined, `disabledRules: unknown rule id "${unknown}" (run "keyguard rules" for the ids)`);
  }
  const clash = result.data.rules.findIndex((rule) => knownRuleIds.has(rule.id));
  if (clash >= 0) {
    throw configError(source, undefined, `rules[${clash}].id: "${result.data.rules[clash]!.id}" is a built-in rule id; choose another`);
  }
  const rules = result.data.rules;
  // The ReDoS analysis is loaded only when there are patterns to check (start-up time).
  const isSafe = rules.length === 0 ? () => true : (await import('./patternSafety.js')).isSafePattern;
  const unsafe = rules.findIndex((rule) => !isSafe(rule.pattern));
  if (unsafe >= 0) throw configError(source, undefined, unsafePattern(unsafe, rules[unsafe]!.id));
  const customRules = rules.map((rule, i) => toRule(rule, source, i));
  const { onUnscannable, verify } = result.data;
  return {
    source, disabledRules: result.data.disabledRules, allowlist: result.data.allowlist, customRules,
    ...(onUnscannable === undefined ? {} : { onUnscannable }),
    ...(verify === undefined ? {} : { verify }),
  };
}

/**
 * What one match attempt of a custom rule reads at most (Rule.lineWindow): a line, or 1,024
 * characters of a longer one; a match is then at most 256 characters long, more than API keys
 * are. Small enough that a polynomial pattern stays bounded: `x\s*\s*y` on a line of spaces
 * tries ~10^6 paths per `x`, not ~10^10 on a 100 kB line.
 */
const CUSTOM_RULE_WINDOW = 1024;

function toRule(rule: CustomRuleConfig, source: string, index: number): Rule {
  const pattern = new RegExp(rule.pattern, 'g');
  if (rule.secretGroup > groupCount(pattern)) {
    throw configError(source, undefined, `rules[${index}].secretGroup: the pattern has no group ${rule.secretGroup}`);
  }
  return {
    id: rule.id,
    provider: rule.provider,
    description: rule.description ?? `${rule.provider} secret (custom rule)`,
    keywords: rule.keywords.map((k) => k.toLowerCase()),
    pattern,
    secretGroup: rule.secretGroup,
    lineWindow: CUSTOM_RULE_WINDOW,
    severity: rule.severity,
    guessable: true, // keyguard cannot know what the pattern's values are made of
    validation: `custom rule from ${source}`,
    remediation: rule.remediation,
    samples: () => ({ positives: [], negatives: [] }),
  };
}

function configError(source: string, issue: z.core.$ZodIssue | undefined, text?: string): KeyguardError {
  const detail = text ?? (issue ? describeIssue(issue) : 'invalid configuration');
  return new KeyguardError('config', `Invalid keyguard config in ${source}: ${detail}`, {
    hint: 'Fix the file (see docs/configuration.md in keyguard\'s repository), or remove it to use the defaults.',
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
  if (issue.code === 'unrecognized_keys') return `${path}: unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${path}: ${issue.message}`;
}
