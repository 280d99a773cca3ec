import type { ScanReport } from './types.js';

/**
 * The `--format json` contract (README "JSON output"): other tools and CI parse it,
 * so fields are listed explicitly — adding a field to ReportFinding must not leak
 * into this shape by accident.
 */
export function formatJson(report: ScanReport): string {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    provider: f.provider,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    redacted: f.redacted,
    fingerprint: f.fingerprint,
  }));
  const { files, bytes, binarySkipped, ms } = report.stats;
  return `${JSON.stringify({ version: 1, findings, stats: { files, bytes, binarySkipped, ms } })}\n`;
}
