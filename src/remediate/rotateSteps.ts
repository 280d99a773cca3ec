import type { ReportFinding } from '../report/types.js';
import { pushToGroup } from '../collect.js';
import type { NextStep } from './stepCounter.js';

/**
 * How far a key has gone, which decides the one order of the rotation (stated once, issue 11 point 4):
 * `local`: not committed, so it never left this machine unless it was shared some other way; a new key
 * is deployed before the old one is revoked, with no outage. `committed`: in git history, which every
 * push, clone and backup copies: revoke first. `pushed`: whoever can read the remote may have it.
 */
export type Exposure = 'local' | 'committed' | 'pushed';

export function exposureOf(findings: readonly ReportFinding[], committed: boolean): Exposure {
  if (findings.some((f) => f.pushed === true)) return 'pushed';
  return committed || findings.some((f) => f.inHead.length > 0) ? 'committed' : 'local';
}

/** For a rule of a kind, not a provider (revokeUrl absent): no page pretends to be its own. */
export const WHERE_ISSUED = 'revoke it where it was issued';

/** The variable a provider's key is read from (rule data), or one named after the provider. */
export function envVarOf(f: ReportFinding): string {
  return f.links.envVar ?? `${f.provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_KEY`;
}

/**
 * The revoke-and-rotate step: its order once, then one line per provider with only what differs
 * (its key page, usage page and variable name). A rule without a revoke page (a generic secret, a
 * private key, a database password) gets "where it was issued" rather than a page that is not its own.
 */
export function rotateSteps(findings: readonly ReportFinding[], exposure: Exposure, next: NextStep): string[] {
  const [head, ...rest] = ORDER[exposure](findings);
  const lines = [`  ${next()}. ${head}`, ...rest.map((line) => `     ${line}`)];
  for (const group of groupByProvider(findings)) {
    const first = group[0]!;
    const count = new Set(group.map((f) => f.fingerprint)).size;
    const name = first.links.envVar === undefined ? '' : `, ${envVarOf(first)}`;
    // One provider's rules may have different pages (OpenAI admin keys, GitHub fine-grained tokens).
    const revoke = distinct(group.map((f) => f.links.revokeUrl ?? WHERE_ISSUED));
    lines.push(`     - ${first.provider} (${count} key${count === 1 ? '' : 's'}${name}): ${revoke}`);
    const usage = distinct(group.flatMap((f) => f.links.usageUrl ?? []));
    if (usage !== '' && exposure !== 'local') lines.push(`       usage: ${usage}`);
  }
  return lines;
}

const ORDER: Record<Exposure, (findings: readonly ReportFinding[]) => string[]> = {
  local: () => [
    'Not committed, so the key never left this machine unless you shared it elsewhere (chat, paste, CI log).',
    'If you did, rotate it: create a new key, deploy it, then revoke the old one:',
  ],
  committed: (findings) => [
    `Revoke the key now, then create a new one and deploy it: it is already committed${committedIn(findings)},`,
    'and git history is copied by every push, clone and backup:',
  ],
  pushed: (findings) => [
    `Revoke the key NOW, then create a new one and deploy it: it was pushed${pushedTo(findings)}, assume someone else has it.`,
    'Then review its recent usage for calls you did not make:',
  ],
};

function pushedTo(findings: readonly ReportFinding[]): string {
  const remotes = [...new Set(findings.flatMap((f) => f.pushedTo ?? []))];
  return remotes.length === 0 ? '' : ` (${remotes.slice(0, 3).join(', ')})`;
}

/** `(HEAD: app.js:1, …)` for keys check-staged or scan also found in HEAD's tree. */
function committedIn(findings: readonly ReportFinding[]): string {
  const where = [...new Set(findings.flatMap((f) => f.inHead.map((h) => `${h.file}:${h.line}`)))];
  return where.length === 0 ? '' : ` (HEAD: ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', …' : ''})`;
}

function distinct(values: readonly string[]): string {
  return [...new Set(values)].join('  ');
}

function groupByProvider(findings: readonly ReportFinding[]): ReportFinding[][] {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) pushToGroup(groups, f.provider, f);
  return [...groups.values()];
}
