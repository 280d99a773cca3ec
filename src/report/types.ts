import type { RemediationLinks, Severity } from '../detect/types.js';

/**
 * A finding placed in a file, ready to report. It deliberately has no `secret`
 * field: once a finding leaves the scanning step only its masked form and
 * fingerprint exist, so no reporter can print the key by mistake.
 */
export interface ReportFinding {
  readonly ruleId: string;
  readonly provider: string;
  readonly description: string;
  readonly severity: Severity;
  /** Repo-relative, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly redacted: string;
  readonly fingerprint: string;
  readonly links: RemediationLinks;
  /** Where else the same key already sits in HEAD's tree (empty when only staged). */
  readonly inHead: readonly { file: string; line: number }[];
}

export interface ScanStats {
  /** Text files whose staged content was scanned. */
  readonly files: number;
  /** Bytes of added lines scanned. */
  readonly bytes: number;
  readonly binarySkipped: number;
  readonly ms: number;
}

export interface ScanReport {
  readonly findings: readonly ReportFinding[];
  readonly stats: ScanStats;
  /** Things the user should know that are not findings (submodules not descended, …). */
  readonly notes: readonly string[];
  /** No commit exists yet (unborn HEAD): unstaging is `git rm --cached`, not `git restore --staged`. */
  readonly firstCommit: boolean;
}
