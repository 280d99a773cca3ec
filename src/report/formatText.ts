import { appendAll } from '../collect.js';
import { buildRemediation } from '../remediate/buildRemediation.js';
import type { Palette } from './colors.js';
import { displayPath } from './displayPath.js';
import { alsoInLine, messageHeading, messagePlace, scanHeading, summaryLine, unlistedLine, verifyLine, verifySummary } from '../messages.js';
import type { Verification } from '../verify/types.js';
import type { ReportFinding, ScanReport } from './types.js';

/** Human output: findings (masked), the remediation block, notes, then one summary line. */
export function formatText(report: ScanReport, paint: Palette, options: { summary?: boolean } = {}): string {
  const shown = liveFirst(report.findings.map(forTerminal));
  const blocking = shown.filter((f) => f.severity === 'block');
  const warnings = shown.filter((f) => f.severity === 'warn');
  const unlisted = report.unlisted ?? { blocking: 0, warnings: 0, files: [] };
  const blockingCount = blocking.length + unlisted.blocking;
  const warningCount = warnings.length + unlisted.warnings;
  const out: string[] = [];
  if (blocking.length > 0) {
    const heading = report.heading ?? defaultHeading(report.scope ?? 'staged', blockingCount);
    out.push(paint.red(paint.bold(heading)), '');
    for (const f of blocking) appendAll(out, findingLines(f, paint));
    // Before the remediation, whose steps name the listed findings' lines and counts.
    appendAll(out, unlistedLines(unlisted, paint));
    const ignored = new Set((report.ignored ?? []).map(displayPath));
    appendAll(out, buildRemediation(blocking, { firstCommit: report.firstCommit, scope: report.scope ?? 'staged', history: report.history, ignored }));
  }
  if (warnings.length > 0) {
    out.push(paint.yellow(`keyguard: ${plural(warningCount, 'warning')} (not blocking)`), '');
    for (const f of warnings) appendAll(out, findingLines(f, paint));
  }
  if (blocking.length === 0) appendAll(out, unlistedLines(unlisted, paint));
  // Notes and errors can carry file names too (binary files, unreadable paths).
  for (const note of report.notes) out.push(paint.dim(`note: ${displayPath(note)}`));
  for (const error of report.errors ?? []) out.push(paint.red(`error: ${displayPath(error)}`));
  // -q (check-staged): findings and errors only; a clean quiet run prints nothing at all.
  if (options.summary !== false && report.verified === true) out.push(verificationSummary(shown));
  if (options.summary !== false) out.push(summaryLine(report.stats, blockingCount, warningCount));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** The line counting what check-staged did not list (commands/listedFindings.ts), if anything. */
function unlistedLines(unlisted: NonNullable<ScanReport['unlisted']>, paint: Palette): string[] {
  if (unlisted.blocking + unlisted.warnings === 0) return [];
  return [paint.bold(unlistedLine(unlisted.blocking, unlisted.warnings, unlisted.files.map(displayPath))), ''];
}

function defaultHeading(scope: NonNullable<ScanReport['scope']>, blocking: number): string {
  if (scope === 'staged') return `keyguard: commit blocked, ${plural(blocking, 'secret')} in staged changes`;
  return scope === 'message' ? messageHeading(blocking) : scanHeading(blocking, scope === 'working-tree');
}

/** File names shown escaped (displayPath); everything else as is. */
function forTerminal(f: ReportFinding): ReportFinding {
  const shown = { ...f, file: displayPath(f.file), inHead: f.inHead.map((h) => ({ ...h, file: displayPath(h.file) })) };
  // History findings: ref names may hold bidi characters; a malformed author date is printed as git gave it.
  if (f.pushedTo !== undefined) shown.pushedTo = displayPath(f.pushedTo);
  if (f.authorDate !== undefined) shown.authorDate = displayPath(f.authorDate);
  return shown;
}

function findingLines(f: ReportFinding, paint: Palette): string[] {
  return [
    `  ${paint.bold(`${place(f)}:${f.line}:${f.column}`)}  ${f.description} [${f.ruleId}]`,
    `    ${f.redacted}  ${paint.dim(f.fingerprint.slice(0, 23))}`,
    ...(f.commit === undefined ? [] : [`    ${commitLine(f)}`]),
    ...(f.verification === undefined ? [] : [`    ${verificationLine(f.verification, paint)}`]),
    '',
  ];
}

/** --verify: live, revoked or unknown, and why (the host that answered; never the key). */
function verificationLine(v: Verification, paint: Palette): string {
  const status = v.status === 'live' ? paint.red(paint.bold(v.status)) : v.status === 'revoked' ? paint.green(v.status) : paint.yellow(v.status);
  return verifyLine(status, v.detail);
}

function verificationSummary(findings: readonly ReportFinding[]): string {
  const count = (status: Verification['status']) => findings.filter((f) => f.verification?.status === status).length;
  return verifySummary(count('live'), count('revoked'), count('unknown'));
}

const STATUS_ORDER = { live: 0, unknown: 1, revoked: 2 } as const;

/**
 * --verify: live keys first, in the listing and so in the remediation (revoke those first), then
 * unknown, then revoked; a stable sort, so the scan's order holds within each. Unverified: as found.
 */
function liveFirst(findings: ReportFinding[]): ReportFinding[] {
  const rank = (f: ReportFinding) => (f.verification === undefined ? 1 : STATUS_ORDER[f.verification.status]);
  return findings.some((f) => f.verification !== undefined) ? [...findings].sort((a, b) => rank(a) - rank(b)) : findings;
}

/** A file, or for a key in a message "commit message of <sha>" (the message file check-message read). */
function place(f: ReportFinding): string {
  return f.in === undefined ? f.file : messagePlace(f.in, f.commit?.slice(0, 12) ?? f.file);
}

/** History findings: where the key entered history, and whether it left this machine. */
function commitLine(f: ReportFinding): string {
  const date = f.authorDate ? ` (${f.authorDate.slice(0, 10)})` : '';
  const pushed = f.pushed ? `pushed: ${f.pushedTo ?? 'yes'}` : 'not pushed';
  const others = f.alsoIn && f.alsoIn.length > 0 ? `; ${alsoInLine([...new Set(f.alsoIn.map((o) => o.commit))], f.occurrences ?? f.alsoIn.length + 1)}` : '';
  return `${f.in === 'tag-message' ? 'tag object' : 'commit'} ${f.commit!.slice(0, 12)}${date}, ${pushed}${others}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
