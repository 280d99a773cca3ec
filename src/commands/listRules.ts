import { builtinRules } from '../detect/rules/index.js';
import type { Rule } from '../detect/types.js';
import { ExitCode, KeyguardError } from '../errors.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { loadRuleSet } from './loadRuleSet.js';
import type { CommandIo, OutputFormat } from './types.js';

/**
 * `keyguard rules`: every active rule (built-in minus disabled, plus the repository's custom
 * rules) with what it validates offline. Outside a repository: the built-in rules.
 */
export async function listRules(format: OutputFormat, io: CommandIo): Promise<number> {
  const rules = await activeRules(io.cwd);
  io.stdout(format === 'json' ? rulesJson(rules) : rulesText(rules));
  return ExitCode.ok;
}

async function activeRules(cwd: string): Promise<readonly Rule[]> {
  try {
    return (await loadRuleSet(await getRepoRoot(cwd))).rules;
  } catch (error) {
    if (error instanceof KeyguardError && error.code === 'not-a-repo') return builtinRules;
    throw error;
  }
}

function rulesJson(rules: readonly Rule[]): string {
  const list = rules.map((r) => ({
    id: r.id,
    provider: r.provider,
    description: r.description,
    severity: r.severity,
    keywords: r.keywords,
    validation: r.validation,
    revokeUrl: r.remediation.revokeUrl,
    usageUrl: r.remediation.usageUrl ?? null,
  }));
  return `${JSON.stringify({ version: 1, rules: list })}\n`;
}

function rulesText(rules: readonly Rule[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(5)}  ${r.provider}: ${r.validation}`);
  return `${lines.join('\n')}\n${rules.length} rules.\n`;
}
