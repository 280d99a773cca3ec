import { readBaseline } from '../config/baseline.js';
import { workTreeFiles } from '../config/repoFiles.js';
import { ExitCode } from '../errors.js';
import { getHookRepoRoot } from '../git/getRepoRoot.js';
import { listUnignoredEnvFiles } from '../git/listUnignoredEnvFiles.js';
import { streamStagedDiff } from '../git/streamStagedDiff.js';
import type { PieceRule } from '../git/types.js';
import { binaryNote, NOTHING_STAGED, pathAllowedNote, submoduleNote, verboseLines } from '../messages.js';
import { mayBeLfsPointer } from '../detect/lfsPointer.js';
import { displayPath } from '../report/displayPath.js';
import { prepareFingerprints } from '../report/fingerprint.js';
import type { ScanReport } from '../report/types.js';
import { applyBaseline, hasSlowEntries } from './applyBaseline.js';
import { BlockQueue } from './BlockQueue.js';
import { blockedFacts } from './blockedFacts.js';
import { loadRuleConfig, rulesFor } from './loadRuleSet.js';
import { pieceRuleFor } from './pieceRule.js';
import { LazyScan } from './LazyScan.js';
import { listedFindings } from './listedFindings.js';
import { freshText } from './RunFindings.js';
import { SecretFileCheck, unignoredEnvNotes } from './secretFileCheck.js';
import { scanStagedContent } from './stagedContent.js';
import { toReportFindings } from './toReportFindings.js';
import type { CommandIo, OutputFormat } from './types.js';
import { toRepoPaths } from './toRepoPaths.js';
import { enforceUnscannable, unscannedNotes } from './unscannable.js';
import { placedCandidates, verifyReport, type VerifyChoice } from './verification.js';
import { writeReport } from './writeReport.js';

export interface CheckOptions {
  /** `keyguard check-files`: only these paths (relative to `io.cwd` or absolute). */
  readonly paths?: readonly string[];
  /** -q: findings and errors only; no notes, no summary line, no "nothing staged". */
  readonly quiet?: boolean;
  /** -v: what was scanned and how long it took, on stderr. */
  readonly verbose?: boolean;
  /** --verify: only from the command line (the config's `verify` is not for hooks); failOnLive is not taken. */
  readonly verify?: VerifyChoice;
}

/**
 * `keyguard check-staged`: scan exactly what `git commit` would record (the index,
 * GIT_INDEX_FILE honoured) and return the exit code: 0 clean, 1 blocked.
 * Errors are thrown as KeyguardError; the CLI turns them into exit code 2.
 */
export async function checkStaged(format: OutputFormat, io: CommandIo, options: CheckOptions = {}): Promise<number> {
  const started = io.now();
  // git is started right away, in parallel with finding the root and loading the config: paths
  // in the diff are repo-relative from any directory (--no-relative), and blocks that arrive
  // before the config is ready wait in a queue. Saves a sequential git round trip per hook run.
  const queue = new BlockQueue();
  // Long runs of added lines come in pieces once the rules are known (RunFindings, pieceRule.ts).
  let pieceRule: PieceRule | undefined;
  const pieces = { pieces: () => pieceRule };
  const rootLookup = getHookRepoRoot(io.cwd);
  // check-files: pathspecs are relative to where git runs, so it runs at the root with repo paths.
  const paths = options.paths;
  const diffRun = paths === undefined
    ? streamStagedDiff(io.cwd, queue.push, pieces)
    : rootLookup.then((root) => streamStagedDiff(root, queue.push, { paths: toRepoPaths(root, io.cwd, paths), ...pieces }));
  diffRun.catch(() => undefined); // awaited below; the root lookup's error is the one to report first
  const root = await rootLookup;
  const unignoredEnv = listUnignoredEnvFiles(root); // the .gitignore guard's note, read last
  unignoredEnv.catch(() => undefined);
  // simple-git reaches its spawn through promise callbacks only; compiling the rules (a few ms)
  // queued before them would start both git processes that much later. After a turn of the event
  // loop they are running, and the rules compile while git works.
  await afterPendingCallbacks();
  const { allow, config, catalog } = await loadRuleConfig(root);
  if (config.customRules.length === 0) pieceRule = pieceRuleFor(catalog.spansLines.map((spansLines) => ({ spansLines })));
  // The rules are built only when a text holds one of their keywords (LazyScan.ts).
  const scanner = new LazyScan(catalog, config, allow, () => rulesFor(config));
  const scannedPaths = new Set<string>();
  const skippedPaths = new Set<string>();
  const secretFiles = new SecretFileCheck(); // .env, id_rsa, … staged (issue 5)
  const lfsCandidates = new Set<string>();
  queue.drainInto((block) => {
    secretFiles.see(block.path, freshText(block));
    if (mayBeLfsPointer(block.text)) lfsCandidates.add(block.path);
    if (allow.pathAllowed(block.path)) return void skippedPaths.add(block.path);
    scannedPaths.add(block.path);
    scanner.add(block);
  });
  const diff = await diffRun;
  if (diff.files.length === 0 && format === 'text') {
    if (options.quiet !== true) io.stdout(`${NOTHING_STAGED}\n`);
    return ExitCode.ok;
  }
  // What git did not show as text is decided from its content (issue 10: attributes, encodings, limits, LFS).
  const content = await scanStagedContent(root, diff.files, lfsCandidates, allow, queue.push);
  const placed = await scanner.finish();
  const rules = scanner.rules;
  const accepted = new Set(readBaseline(workTreeFiles(root)).map((e) => e.fingerprint));
  // The slow hashes of passwords, in parallel: every one only for a baseline that holds slow ones.
  if (hasSlowEntries(accepted)) await prepareFingerprints(placed, rules);
  const { kept, notes: baselineNotes } = applyBaseline(placed, accepted, rules, (f) => f);
  // Text lists the first MAX_LISTED findings (each fingerprinted) and counts the rest; JSON, SARIF and --verify get all.
  const { listed, unlisted } = format === 'text' && options.verify?.verify !== true ? listedFindings(kept) : listedFindings(kept, Infinity);
  const findings = [...secretFiles.findings(diff.files, allow, accepted, config.disabledRules), ...(await toReportFindings(root, listed, rules))];
  // Only a blocked commit needs these (for its remediation); clean runs skip the git calls.
  const { firstCommit, ignored } = await blockedFacts(root, findings);
  const notes = buildNotes(diff.files, content.binary, skippedPaths.size);
  notes.push(...unscannedNotes(content.unscanned));
  notes.push(...baselineNotes);
  notes.push(...(await unignoredEnvNotes(unignoredEnv)));
  const stats = {
    files: scannedPaths.size,
    bytes: diff.bytes + content.bytes,
    binarySkipped: content.binary.length,
    ms: Math.round(io.now() - started),
    unscanned: content.unscanned,
  };
  const scanned: ScanReport = { findings, stats, notes, firstCommit, ignored, ...(unlisted.blocking + unlisted.warnings > 0 ? { unlisted } : {}) };
  const report = options.verify?.verify === true ? await verifyReport(scanned, placedCandidates(kept, rules, config.customRules), io, format) : scanned;
  if (options.verbose === true) io.stderr(verboseLines([...scannedPaths].map(displayPath), skippedPaths.size, stats));
  writeReport(report, format, io, { quiet: options.quiet === true });
  enforceUnscannable(content.unscanned, config.onUnscannable ?? 'block');
  // Verified or not, a hook's exit code is that of its findings (no --fail-on-live here: src/cliSpec.ts).
  return unlisted.blocking > 0 || findings.some((f) => f.severity === 'block') ? ExitCode.blocked : ExitCode.ok;
}

function buildNotes(files: readonly { path: string; submodule: boolean }[], binary: readonly string[], allowlisted: number): string[] {
  const notes: string[] = [];
  if (binary.length > 0) notes.push(binaryNote(binary));
  const submodules = files.filter((f) => f.submodule).map((f) => f.path);
  if (submodules.length > 0) notes.push(submoduleNote(submodules));
  if (allowlisted > 0) notes.push(pathAllowedNote(allowlisted));
  return notes;
}

/** Resolves once every callback already queued (promise reactions included) has run. */
function afterPendingCallbacks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
