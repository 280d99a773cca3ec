import { builtinRules } from '../detect/rules/index.js';
import { SECRET_FILE_CHECKS, type SecretFileCheck } from '../detect/secretFiles.js';
import type { Rule } from '../detect/types.js';
import { ExitCode, KeyguardError } from '../errors.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { loadRuleSet } from './loadRuleSet.js';
import type { CommandIo, OutputFormat } from './types.js';

/** Secret-file checks block (secretFileFindings.ts) and are listed under this provider. */
const FILE_PROVIDER = 'Secret file';

/**
 * `keyguard rules`: every active rule (built-in minus disabled, plus the repository's custom
 * rules) with what it validates offline, then the active secret-file checks (`secret-file-*`
 * ids, which `disabledRules` takes too). Outside a repository: everything built in.
 */
export async function listRules(format: OutputFormat, io: CommandIo): Promise<number> {
  const { rules, disabled } = await active(io.cwd);
  const checks = SECRET_FILE_CHECKS.filter((c) => !disabled.includes(c.id));
  io.stdout(format === 'json' ? rulesJson(rules, checks) : rulesText(rules, checks));
  return ExitCode.ok;
}

async function active(cwd: string): Promise<{ rules: readonly Rule[]; disabled: readonly string[] }> {
  try {
    const { rules, config } = await loadRuleSet(await getRepoRoot(cwd));
    return { rules, disabled: config.disabledRules };
  } catch (error) {
    if (error instanceof KeyguardError && error.code === 'not-a-repo') return { rules: builtinRules, disabled: NO_DISABLED };
    throw error;
  }
}

const NO_DISABLED: readonly string[] = [];

/**
 * Distinct services among `rules`: providers with a page to revoke the key at. Rules of a kind
 * rather than a provider (private keys, JWTs, database URLs, generic secrets) have none (types.ts).
 */
export function countServices(rules: readonly Rule[]): number {
  return new Set(rules.filter((r) => r.remediation.revokeUrl !== undefined).map((r) => r.provider)).size;
}

function rulesJson(rules: readonly Rule[], checks: readonly SecretFileCheck[]): string {
  const list = [
    ...rules.map((r) => ({
      id: r.id,
      kind: 'content',
      provider: r.provider,
      description: r.description,
      severity: r.severity,
      keywords: r.keywords,
      validation: r.validation,
      // Which kind of `fingerprint` its findings carry (report/fingerprint.ts).
      fingerprint: r.guessable === true ? 'scrypt' : 'sha256',
      revokeUrl: r.remediation.revokeUrl ?? null,
      usageUrl: r.remediation.usageUrl ?? null,
    })),
    ...checks.map((c) => ({
      id: c.id,
      kind: 'file',
      provider: FILE_PROVIDER,
      description: c.description,
      severity: 'block',
      keywords: [],
      validation: c.validation,
      fingerprint: 'sha256',
      revokeUrl: null,
      usageUrl: null,
    })),
  ];
  return `${JSON.stringify({ version: 1, services: countServices(rules), rules: list })}\n`;
}

function rulesText(rules: readonly Rule[], checks: readonly SecretFileCheck[]): string {
  const rows = [
    ...rules.map((r) => [r.id, r.severity, `${r.provider}: ${r.validation}`] as const),
    ...checks.map((c) => [c.id, 'block', `${FILE_PROVIDER}: ${c.validation}`] as const),
  ];
  const idWidth = Math.max(...rows.map(([id]) => id.length));
  const lines = rows.map(([id, severity, what]) => `${id.padEnd(idWidth)}  ${severity.padEnd(5)}  ${what}`);
  return `${lines.join('\n')}\n${rules.length} rules for ${countServices(rules)} services and general kinds, ${checks.length} secret-file checks.\n`;
}
