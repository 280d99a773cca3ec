import { messagePlace, summaryLine } from '../messages.js';
import { markdownLink, markdownText } from './markdownText.js';
import { REVOKE_IT, REVOKE_WHERE_ISSUED } from './revokeHeadline.js';
import type { ReportFinding, ScanReport } from './types.js';

/**
 * A report as GitHub-flavoured markdown: the job summary the GitHub Action writes to
 * `$GITHUB_STEP_SUMMARY` (docs/ci.md), also `--format markdown`. One table row per finding with
 * the masked value only (a ReportFinding has no secret), every repository-controlled string made
 * inert (markdownText); the remediation steps stay in the text report of the step's log.
 */
export function formatMarkdown(report: ScanReport): string {
  const blocking = report.findings.filter((f) => f.severity === 'block').length;
  const warnings = report.findings.length - blocking;
  const out = [`### ${markdownText(headingOf(report, blocking, warnings))}`, ''];
  if (report.findings.length > 0) {
    out.push('| | file | line | commit | rule | masked key | what to do first |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const f of report.findings) out.push(row(f));
    out.push('');
  }
  for (const note of report.notes) out.push(`- note: ${markdownText(note)}`);
  for (const error of report.errors ?? []) out.push(`- **error**: ${markdownText(error)}`);
  if (report.notes.length > 0 || (report.errors ?? []).length > 0) out.push('');
  out.push(markdownText(summaryLine(report.stats, blocking, warnings)), '');
  return `${out.join('\n')}\n`;
}

function headingOf(report: ScanReport, blocking: number, warnings: number): string {
  if (blocking > 0) return report.heading ?? `keyguard: ${blocking} blocking secret(s)`;
  return warnings > 0 ? `keyguard: no blocking secret, ${warnings} warning(s)` : 'keyguard: no secrets found';
}

function row(f: ReportFinding): string {
  const severity = f.severity === 'block' ? '🛑 block' : '⚠️ warn';
  const place = f.in === undefined ? f.file : messagePlace(f.in, f.commit?.slice(0, 12) ?? f.file);
  const commit = f.commit === undefined ? '' : `${markdownText(f.commit.slice(0, 12))}${f.pushed === true ? ' (pushed)' : ''}`;
  const rule = `${markdownText(f.ruleId)} (${markdownText(f.provider)})`;
  const first = f.links.revokeUrl === undefined ? markdownText(REVOKE_WHERE_ISSUED) : markdownLink(REVOKE_IT, f.links.revokeUrl);
  return `| ${severity} | ${markdownText(place)} | ${f.line} | ${commit} | ${rule} | ${markdownText(f.redacted)} | ${first} |`;
}
