import { appendAll, pushToGroup } from '../collect.js';
import { readBaseline } from '../config/baseline.js';
import { workTreeFiles } from '../config/repoFiles.js';
import { ExitCode, KeyguardError } from '../errors.js';
import { findRepoRoot } from '../git/findRepoRoot.js';
import * as messages from '../messages.js';
import { prepareFingerprints } from '../report/fingerprint.js';
import type { ScanReport, UnscannedFile } from '../report/types.js';
import { applyBaseline } from './applyBaseline.js';
import { collectTargets, type CollectedTargets } from './collectTargets.js';
import { loadRuleSet, type RuleSet } from './loadRuleSet.js';
import type { PlacedFinding } from './locateFindings.js';
import { scanFile, type FileOutcome } from './scanFile.js';
import { scanSource } from './scanSource.js';
import { toReportFindings } from './toReportFindings.js';
import type { CommandIo, OutputFormat } from './types.js';
import { enforceUnscannable, unscannedNotes } from './unscannable.js';
import { exitCodeOf, placedCandidates, verifyReport, verifying, type VerifyChoice } from './verification.js';
import { writeReport } from './writeReport.js';

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly stdin: boolean;
  /** Scan files .gitignore excludes too. */
  readonly noIgnore: boolean;
  /** -q, as for check-staged: findings and errors only (no notes, no summary line). */
  readonly quiet?: boolean;
  /** --verify / --fail-on-live (the config's `verify` counts too). */
  readonly verify?: VerifyChoice;
}

/** Files read at once: overlaps file-system latency; each holds at most one scan window. */
const CONCURRENCY = 4;

/**
 * `keyguard scan [PATH…]` / `--stdin`: the working tree's files (default `.`) through the same
 * rules, allowlist, baseline and inline `keyguard:allow` as check-staged. Exit 0 clean, 1 with
 * blocking findings, 2 when a file could not be read (after printing what was found).
 */
export async function scan(options: ScanOptions, format: OutputFormat, io: CommandIo): Promise<number> {
  const { report, findings, errors, unscanned, onUnscannable } = await buildScanReport(options, io, format);
  writeReport(report, format, io, { quiet: options.quiet === true });
  // The report goes to stdout (maybe a file or a pipe); the failure must also reach a person.
  for (const error of errors) io.stderr(`keyguard: ${error}\n`);
  enforceUnscannable(unscanned, onUnscannable ?? 'note');
  const code = findings.some((f) => f.severity === 'block') ? ExitCode.blocked : errors.length > 0 ? ExitCode.error : ExitCode.ok;
  return exitCodeOf(report.findings, code, options.verify, errors.length > 0);
}

/** scan's report, not yet written: the GitHub Action's mode tree writes it its own ways (`format`: for --verify's progress line). */
export async function buildScanReport(options: ScanOptions, io: CommandIo, format: OutputFormat = 'json') {
  const started = io.now();
  if (options.stdin && options.paths.length > 0) throw new KeyguardError('usage', messages.STDIN_WITH_PATHS);
  const root = await findRepoRoot(io.cwd);
  const base = root ?? io.cwd;
  const ruleSet = await loadRuleSet(base);
  const run = options.stdin ? await scanStdin(ruleSet, io) : await scanTargets(await collectTargets(base, io.cwd, options.paths, options.noIgnore), ruleSet);
  const accepted = new Set(readBaseline(workTreeFiles(base)).map((e) => e.fingerprint));
  await prepareFingerprints(run.placed, ruleSet.rules); // the slow hashes of passwords, in parallel
  const { kept, notes: baselineNotes } = applyBaseline(run.placed, accepted, ruleSet.rules, (f) => f);
  run.notes.push(...baselineNotes);
  const findings = await toReportFindings(root, kept.sort(byLocation), ruleSet.rules);
  const errors = run.unreadable.length > 0 ? [messages.unreadableFiles(run.unreadable)] : [];
  const scanned: ScanReport = {
    findings,
    stats: { files: run.files, bytes: run.bytes, binarySkipped: run.binary.length, ms: Math.round(io.now() - started), unscanned: run.unscanned },
    notes: [...run.notes, ...unscannedNotes(run.unscanned)],
    firstCommit: false,
    scope: root === null || options.stdin ? 'files' : 'working-tree',
    errors,
  };
  const report = verifying(options.verify, ruleSet.config, true) ? await verifyReport(scanned, placedCandidates(kept, ruleSet.rules, ruleSet.config.customRules), io, format) : scanned;
  return { report, findings, errors, unscanned: run.unscanned, onUnscannable: ruleSet.config.onUnscannable };
}

interface Run {
  placed: PlacedFinding[];
  files: number;
  bytes: number;
  binary: string[];
  unreadable: string[];
  unscanned: UnscannedFile[];
  notes: string[];
}

function emptyRun(): Run {
  return { placed: [], files: 0, bytes: 0, binary: [], unreadable: [], unscanned: [], notes: [] };
}

async function scanStdin({ rules, allow }: RuleSet, io: CommandIo): Promise<Run> {
  const input = await io.readStdin();
  const source = { sizeHint: input.length, read: async (into: Buffer, at: number) => input.copy(into, 0, at) };
  const run = emptyRun();
  record(run, messages.STDIN_NAME, await scanSource(source, messages.STDIN_NAME, rules, allow), new Map());
  if (run.binary.length > 0) run.notes.push(messages.scanBinaryNote(run.binary));
  return run;
}

async function scanTargets(targets: CollectedTargets, { rules, allow }: RuleSet): Promise<Run> {
  const run = emptyRun();
  const skipped = new Map<string, string[]>();
  const wanted = targets.files.filter((t) => !allow.pathAllowed(t.display));
  const allowlisted = targets.files.length - wanted.length;
  let next = 0;
  const worker = async () => {
    for (let t = wanted[next++]; t !== undefined; t = wanted[next++]) record(run, t.display, await scanFile(t.path, t.display, rules, allow), skipped);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  appendAll(run.unreadable, targets.unreadable);
  run.unreadable.sort();
  appendAll(run.notes, notesFor(targets, run, skipped, allowlisted));
  return run;
}

function record(run: Run, display: string, outcome: FileOutcome, skipped: Map<string, string[]>): void {
  if (outcome.kind === 'text') {
    run.files++;
    run.bytes += outcome.bytes;
    appendAll(run.placed, outcome.findings);
  } else if (outcome.kind === 'binary') run.binary.push(display);
  else if (outcome.kind === 'too-large') run.unscanned.push({ file: display, reason: messages.unscannedReason(outcome) });
  else if (outcome.kind === 'unreadable') run.unreadable.push(`${display} (${outcome.reason})`);
  else if (outcome.kind !== 'gone') pushToGroup(skipped, outcome.kind, display);
}

function notesFor(targets: CollectedTargets, run: Run, skipped: Map<string, string[]>, allowlisted: number): string[] {
  const sorted = (paths: readonly string[]) => [...paths].sort();
  const symlinks = sorted([...targets.symlinks, ...(skipped.get('symlink') ?? [])]);
  const special = sorted([...targets.special, ...(skipped.get('special') ?? [])]);
  // A directory git listed as a file is a submodule's checkout (a gitlink in the index).
  const nested = sorted([...targets.nested, ...(skipped.get('directory') ?? [])]);
  const notes: string[] = [];
  if (run.binary.length > 0) notes.push(messages.scanBinaryNote(sorted(run.binary)));
  if (nested.length > 0) notes.push(messages.nestedRepoNote(nested));
  if (symlinks.length > 0) notes.push(messages.symlinkNote(symlinks));
  if (special.length > 0) notes.push(messages.specialFileNote(special));
  if (targets.empty.length > 0) notes.push(messages.nothingListedNote(targets.empty));
  if (allowlisted > 0) notes.push(messages.scanPathAllowedNote(allowlisted));
  return notes;
}

function byLocation(a: PlacedFinding, b: PlacedFinding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
