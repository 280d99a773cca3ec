import type { RemediationLinks, Severity } from '../detect/types.js';
import type { Verification } from '../verify/types.js';

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
  /**
   * Repo-relative, `/`-separated. For a key in a message (`in`): the message file check-message
   * read, or `""` for a commit or tag message read from history (there is no file).
   */
  readonly file: string;
  /** Set when the key is in a message rather than a file: a commit's (or the one being written) or an annotated tag's. */
  readonly in?: MessageKind;
  readonly line: number;
  readonly column: number;
  readonly redacted: string;
  readonly fingerprint: string;
  readonly links: RemediationLinks;
  /** Where else the same key already sits in HEAD's tree (empty when only staged). */
  readonly inHead: readonly { file: string; line: number }[];
  /** History scans: the oldest commit that added the key (full id); absent for staged/working-tree keys. */
  readonly commit?: string;
  /** Author date of `commit`, ISO 8601. */
  readonly authorDate?: string;
  /** Some commit adding the key is reachable from a remote-tracking branch: it was pushed. */
  readonly pushed?: boolean;
  /** That remote-tracking branch (e.g. `origin/main`), for the text report. */
  readonly pushedTo?: string;
  /** Other commits that added the same key (newest first, at most 20) and how many added it in all. */
  readonly alsoIn?: readonly HistoryOccurrence[];
  readonly occurrences?: number;
  /** `--verify`: what the key's provider said of it (src/verify/); absent without --verify. */
  readonly verification?: Verification;
}

/** Where a key in a message sits (JSON `in`); files have no `in`. */
export type MessageKind = 'commit-message' | 'tag-message';

export interface HistoryOccurrence {
  /** The commit (or, for a tag message, the tag object) id. */
  readonly commit: string;
  readonly in?: MessageKind;
  readonly file: string;
  readonly line: number;
}

export interface ScanStats {
  /** Text files whose staged content was scanned. */
  readonly files: number;
  /** Bytes of added lines scanned. */
  readonly bytes: number;
  readonly binarySkipped: number;
  readonly ms: number;
  /** Files whose content could not be scanned, and why (config onUnscannable); absent when none. */
  readonly unscanned?: readonly UnscannedFile[];
  /** History scans: commits read. */
  readonly commits?: number;
}

export interface UnscannedFile {
  readonly file: string;
  readonly reason: string;
  /** History scans: the commit that changed the file (full id). */
  readonly commit?: string;
}

export interface ScanReport {
  readonly findings: readonly ReportFinding[];
  readonly stats: ScanStats;
  /** Things the user should know that are not findings (submodules not descended, …). */
  readonly notes: readonly string[];
  /** No commit exists yet (unborn HEAD): unstaging is `git rm --cached`, not `git restore --staged`. */
  readonly firstCommit: boolean;
  /** check-staged, blocked: staged secret files that .gitignore already ignores (no ".gitignore" step for them). */
  readonly ignored?: readonly string[];
  /**
   * What was scanned (default `staged`): picks the heading and the remediation steps.
   * `working-tree`: files of a repository's work tree (`keyguard scan`); `files`: files outside any
   * repository, or standard input — no git advice applies.
   */
  readonly scope?: ReportScope;
  /** Problems that left the scan incomplete (unreadable files); the command then exits 2. */
  readonly errors?: readonly string[];
  /** Replaces the default heading over blocking findings (check-push names the remote). */
  readonly heading?: string;
  /** `history`/`push` scopes: where HEAD stands relative to the commits with keys (remediation). */
  readonly history?: HistoryFacts;
  /** `--verify` ran: every finding has a `verification` (JSON contract version 3). */
  readonly verified?: boolean;
  /** Text output only: findings counted but not listed (commands/listedFindings.ts), and their files. */
  readonly unlisted?: { readonly blocking: number; readonly warnings: number; readonly files: readonly string[] };
}

/**
 * `history`: commits read by `keyguard scan-history`; `push`: commits a `git push` would send (check-push);
 * `receive`: commits a push brings to a server (check-receive, the pre-receive hook);
 * `message`: the commit message being written (check-message, the commit-msg hook).
 */
export type ReportScope = 'staged' | 'working-tree' | 'files' | 'history' | 'push' | 'receive' | 'message';

/** What the remediation needs to give exact rewrite commands for committed, not pushed keys. */
export interface HistoryFacts {
  /** HEAD's commit id; null on an unborn branch. */
  readonly head: string | null;
  /** The oldest not-pushed commit with a key that HEAD contains; `root`: it has no parent. */
  readonly firstBad?: { readonly commit: string; readonly root: boolean };
  /** Not-pushed commits with keys that HEAD does not contain (other branches, stash). */
  readonly elsewhere: readonly string[];
  /** A bare repository: no work tree to edit, so the rewrite happens in a clone. */
  readonly bare?: boolean;
}
