import type { MergedFinding, ParsedReport } from './parseReport.js';

/** One repository's report, as labelled on the command line (`NAME=FILE`). */
export interface LabelledReport {
  readonly name: string;
  readonly report: ParsedReport;
}

export interface RepositoryRow {
  readonly name: string;
  readonly findings: number;
  readonly blocking: number;
  readonly warnings: number;
  readonly pushed: number;
  readonly commits: number | undefined;
  readonly unscanned: number;
}

export interface RuleRow {
  readonly ruleId: string;
  readonly provider: string;
  readonly findings: number;
  readonly blocking: number;
  /** Names of the repositories it was found in. */
  readonly repositories: readonly string[];
}

export interface OrgSummary {
  readonly repositories: readonly RepositoryRow[];
  readonly rules: readonly RuleRow[];
  readonly findings: readonly (MergedFinding & { readonly repository: string })[];
  readonly totals: {
    readonly repositories: number;
    readonly findings: number;
    readonly blocking: number;
    readonly warnings: number;
    readonly pushed: number;
    /** Distinct fingerprints: the same key committed to three repositories is one key to revoke. */
    readonly distinctKeys: number;
  };
}

/** The org-wide summary of `reports`: per repository, per rule (most findings first), and every finding. */
export function mergeSummary(reports: readonly LabelledReport[]): OrgSummary {
  const findings = reports.flatMap(({ name, report }) => report.findings.map((f) => ({ ...f, repository: name })));
  const repositories = reports.map(({ name, report }) => ({ name, ...counts(report.findings), commits: report.commits, unscanned: report.unscanned }));
  const byRule = new Map<string, { ruleId: string; provider: string; findings: number; blocking: number; repositories: Set<string> }>();
  for (const f of findings) {
    const row = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, provider: f.provider, findings: 0, blocking: 0, repositories: new Set<string>() };
    row.findings += 1;
    if (f.severity === 'block') row.blocking += 1;
    row.repositories.add(f.repository);
    byRule.set(f.ruleId, row);
  }
  const rules = [...byRule.values()]
    .map((r) => ({ ...r, repositories: [...r.repositories] }))
    .sort((a, b) => b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1));
  const totals = { repositories: reports.length, ...counts(findings), distinctKeys: new Set(findings.map((f) => f.fingerprint)).size };
  return { repositories, rules, findings, totals };
}

function counts(findings: readonly MergedFinding[]) {
  const blocking = findings.filter((f) => f.severity === 'block').length;
  return { findings: findings.length, blocking, warnings: findings.length - blocking, pushed: findings.filter((f) => f.pushed === true).length };
}
