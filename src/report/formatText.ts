import { buildRemediation } from '../remediate/buildRemediation.js';
import type { Palette } from './colors.js';
import { summaryLine } from '../messages.js';
import type { ReportFinding, ScanReport } from './types.js';

/** Human output: findings (masked), the remediation block, notes, then one summary line. */
export function formatText(report: ScanReport, paint: Palette): string {
  const blocking = report.findings.filter((f) => f.severity === 'block');
  const warnings = report.findings.filter((f) => f.severity === 'warn');
  const out: string[] = [];
  if (blocking.length > 0) {
    out.push(paint.red(paint.bold(`keyguard: commit blocked, ${plural(blocking.length, 'secret')} in staged changes`)), '');
    for (const f of blocking) out.push(...findingLines(f, paint));
    out.push(...buildRemediation(blocking, { firstCommit: report.firstCommit }));
  }
  if (warnings.length > 0) {
    out.push(paint.yellow(`keyguard: ${plural(warnings.length, 'warning')} (not blocking)`), '');
    for (const f of warnings) out.push(...findingLines(f, paint));
  }
  for (const note of report.notes) out.push(paint.dim(`note: ${note}`));
  out.push(summaryLine(report.stats, blocking.length, warnings.length));
  return `${out.join('\n')}\n`;
}

function findingLines(f: ReportFinding, paint: Palette): string[] {
  return [
    `  ${paint.bold(`${f.file}:${f.line}:${f.column}`)}  ${f.description} [${f.ruleId}]`,
    `    ${f.redacted}  ${paint.dim(f.fingerprint.slice(0, 23))}`,
    '',
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
