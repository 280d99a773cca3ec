import { ExitCode } from '../errors.js';
import type { Rule } from '../detect/types.js';
import { fingerprint } from '../report/fingerprint.js';
import type { ReportFinding, ScanReport } from '../report/types.js';
import type { Candidate } from '../verify/candidates.js';
import type { HistoryKey } from './collectHistory.js';
import type { PlacedFinding } from './locateFindings.js';
import type { CommandIo, OutputFormat } from './types.js';
import { verifyProgress } from '../messages.js';

/** `--verify` / `--fail-on-live` as given on the command line (src/cli.ts). */
export interface VerifyChoice {
  readonly verify: boolean;
  /** Exit 1 only when a key is live, else 0 (errors stay 2); implies verify. */
  readonly failOnLive: boolean;
}

/**
 * Whether this run verifies: the command line's --verify, or, for scan and scan-history only
 * (`configCounts`), the config's `verify`. A hook verifies only when its own line says so.
 */
export function verifying(choice: VerifyChoice | undefined, config: { readonly verify?: boolean }, configCounts: boolean): boolean {
  return choice?.verify === true || (configCounts && config.verify === true);
}

/**
 * The report with each finding's verification. The verify module (and its HTTPS transport) is
 * loaded here only: a run without --verify never loads it, let alone opens a connection.
 */
export async function verifyReport(report: ScanReport, candidates: readonly Candidate[], io: CommandIo, format: OutputFormat): Promise<ScanReport> {
  const { runVerification } = await import('../verify/runVerification.js');
  // Up to 30 s of requests: a line on stderr for a person watching a text report, cleared after.
  const keys = new Set(candidates.filter((c) => c.builtIn).map((c) => c.fingerprint)).size;
  const show = io.stderrIsTTY && format === 'text' && keys > 0;
  if (show) io.stderr(verifyProgress(keys));
  try {
    return { ...report, findings: await runVerification(report.findings, candidates, io.now), verified: true };
  } finally {
    if (show) io.stderr('\r\u001b[K');
  }
}

/** Placed findings (scan, check-staged) as candidates; `rules` gives their fingerprints (already prepared). */
export function placedCandidates(placed: readonly PlacedFinding[], rules: readonly Rule[], custom: readonly Rule[]): Candidate[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const customIds = new Set(custom.map((r) => r.id));
  return placed.map((f) => ({
    fingerprint: fingerprint(f.secret, byId.get(f.ruleId)),
    ruleId: f.ruleId,
    builtIn: !customIds.has(f.ruleId),
    secret: f.secret,
    place: f.file,
    line: f.line,
    ...(f.partner === undefined ? {} : { partner: f.partner }),
  }));
}

/** History keys (scan-history, check-push) as candidates: a pair's halves come from one commit's file. */
export function historyCandidates(keys: readonly HistoryKey[], custom: readonly Rule[]): Candidate[] {
  const customIds = new Set(custom.map((r) => r.id));
  return keys.map((k) => ({
    fingerprint: k.fingerprint,
    ruleId: k.finding.ruleId,
    builtIn: !customIds.has(k.finding.ruleId),
    secret: k.finding.secret,
    place: `${k.commit.id}\0${k.in ?? ''}\0${k.finding.file}`,
    line: k.finding.line,
    ...(k.finding.partner === undefined ? {} : { partner: k.finding.partner }),
  }));
}

/**
 * The exit code: unchanged, unless --fail-on-live asked for 1 exactly when a key is live (and 0
 * otherwise, findings or not). An error (2) stays an error: a scan that did not finish says so.
 */
export function exitCodeOf(findings: readonly ReportFinding[], code: number, choice: VerifyChoice | undefined, incomplete = false): number {
  if (choice?.failOnLive !== true || code === ExitCode.error) return code;
  if (incomplete) return ExitCode.error;
  return findings.some((f) => f.verification?.status === 'live') ? ExitCode.blocked : ExitCode.ok;
}
