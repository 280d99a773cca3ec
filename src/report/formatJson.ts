import type { ScanReport } from './types.js';

/**
 * Bumped when a field's meaning changes. 2: `fingerprint` of a guessable secret (a password) is
 * `scrypt:` + a slow salted hash, no longer its plain SHA-256 (fingerprint.ts).
 */
export const JSON_VERSION = 2;
/**
 * A report of `--verify` (src/verify/): version 2 plus a `verification` object on every finding.
 * Without --verify the report is version 2, unchanged, so existing readers see no difference.
 */
export const VERIFIED_JSON_VERSION = 3;

/**
 * The `--format json` contract (docs/commands.md "JSON output"): other tools and CI parse it,
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
    // A key in a commit or tag message (docs/commands.md "JSON output"); absent for keys in files.
    ...(f.in === undefined ? {} : { in: f.in }),
    // History scans only (docs/commands.md "JSON output"); absent for staged and working-tree findings.
    ...(f.commit === undefined ? {} : {
      commit: f.commit,
      authorDate: f.authorDate,
      pushed: f.pushed === true,
      alsoIn: (f.alsoIn ?? []).map((o) => ({ commit: o.commit, ...(o.in === undefined ? {} : { in: o.in }), file: o.file, line: o.line })),
      occurrences: f.occurrences,
    }),
    // --verify only (README "JSON output", docs/verify.md).
    ...(f.verification === undefined ? {} : { verification: { status: f.verification.status, checkedAt: f.verification.checkedAt, detail: f.verification.detail } }),
  }));
  const { files, bytes, binarySkipped, ms, commits, unscanned } = report.stats;
  const stats = {
    files, bytes, binarySkipped, ms,
    ...(commits === undefined ? {} : { commits }),
    // Only when something was not scanned (docs/commands.md "JSON output").
    ...(unscanned === undefined || unscanned.length === 0 ? {} : { unscanned: unscanned.map(({ file, reason, commit }) => (commit === undefined ? { file, reason } : { file, reason, commit })) }),
  };
  return `${JSON.stringify({ version: report.verified === true ? VERIFIED_JSON_VERSION : JSON_VERSION, findings, stats })}\n`;
}
