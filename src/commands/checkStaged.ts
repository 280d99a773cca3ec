import type { Rule } from '../detect/types.js';
import { readBaseline } from '../config/baseline.js';
import { ExitCode } from '../errors.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { hasHead } from '../git/hasHead.js';
import { streamStagedDiff } from '../git/streamStagedDiff.js';
import { baselineNote, binaryNote, NOTHING_STAGED, pathAllowedNote, submoduleNote } from '../messages.js';
import { palette } from '../report/colors.js';
import { formatJson } from '../report/formatJson.js';
import { formatText } from '../report/formatText.js';
import { fingerprint, redact } from '../report/mask.js';
import type { ReportFinding, ScanReport } from '../report/types.js';
import { BlockQueue } from './BlockQueue.js';
import { findInHead } from './findInHead.js';
import { loadRuleSet } from './loadRuleSet.js';
import { locateFindings, type PlacedFinding } from './locateFindings.js';
import type { CommandIo, OutputFormat } from './types.js';

/**
 * `keyguard check-staged`: scan exactly what `git commit` would record (the index,
 * GIT_INDEX_FILE honoured) and return the exit code: 0 clean, 1 blocked.
 * Errors are thrown as KeyguardError; the CLI turns them into exit code 2.
 */
export async function checkStaged(format: OutputFormat, io: CommandIo): Promise<number> {
  const started = io.now();
  // git is started right away, in parallel with finding the root and loading the config: paths
  // in the diff are repo-relative from any directory (--no-relative), and blocks that arrive
  // before the config is ready wait in a queue. Saves a sequential git round trip per hook run.
  const queue = new BlockQueue();
  const diffRun = streamStagedDiff(io.cwd, queue.push);
  diffRun.catch(() => undefined); // awaited below; the root lookup's error is the one to report first
  const root = await getRepoRoot(io.cwd);
  const { rules, allow } = await loadRuleSet(root);
  const placed: PlacedFinding[] = [];
  const scannedPaths = new Set<string>();
  const skippedPaths = new Set<string>();
  queue.drainInto((block) => {
    if (allow.pathAllowed(block.path)) return void skippedPaths.add(block.path);
    scannedPaths.add(block.path);
    placed.push(...locateFindings(block, rules, allow));
  });
  const diff = await diffRun;
  if (diff.files.length === 0 && format === 'text') {
    io.stdout(`${NOTHING_STAGED}\n`);
    return ExitCode.ok;
  }
  const accepted = new Set(readBaseline(root).map((e) => e.fingerprint));
  const kept = accepted.size === 0 ? placed : placed.filter((f) => !accepted.has(fingerprint(f.secret)));
  const findings = await toReportFindings(root, kept, rules);
  // Only a blocked commit needs to know (for its unstage advice); clean runs skip the git call.
  const firstCommit = findings.some((f) => f.severity === 'block') && !(await hasHead(root));
  const notes = buildNotes(diff.files, skippedPaths.size);
  if (kept.length < placed.length) notes.push(baselineNote(placed.length - kept.length));
  const stats = {
    files: scannedPaths.size,
    bytes: diff.bytes,
    binarySkipped: diff.files.filter((f) => f.binary).length,
    ms: Math.round(io.now() - started),
  };
  const report: ScanReport = { findings, stats, notes, firstCommit };
  io.stdout(format === 'json' ? formatJson(report) : formatText(report, palette(io.color)));
  return findings.some((f) => f.severity === 'block') ? ExitCode.blocked : ExitCode.ok;
}

async function toReportFindings(root: string, placed: readonly PlacedFinding[], rules: readonly Rule[]): Promise<ReportFinding[]> {
  const blocking = placed.filter((f) => f.severity === 'block');
  const inHead = blocking.length > 0 ? await findInHead(root, blocking, rules) : new Map();
  const linksOf = new Map(rules.map((r) => [r.id, r.remediation]));
  return placed.map((f) => {
    const fp = fingerprint(f.secret);
    return {
      ruleId: f.ruleId,
      provider: f.provider,
      description: f.description,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      redacted: redact(f.secret),
      fingerprint: fp,
      links: linksOf.get(f.ruleId)!,
      inHead: inHead.get(fp) ?? [],
    };
  });
}

function buildNotes(files: readonly { path: string; submodule: boolean; binary: boolean }[], allowlisted: number): string[] {
  const notes: string[] = [];
  const binary = files.filter((f) => f.binary).map((f) => f.path);
  if (binary.length > 0) notes.push(binaryNote(binary));
  const submodules = files.filter((f) => f.submodule).map((f) => f.path);
  if (submodules.length > 0) notes.push(submoduleNote(submodules));
  if (allowlisted > 0) notes.push(pathAllowedNote(allowlisted));
  return notes;
}
