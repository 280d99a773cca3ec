import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readBaseline } from '../config/baseline.js';
import { workTreeFiles } from '../config/repoFiles.js';
import { scan } from '../detect/scan.js';
import { ExitCode, KeyguardError } from '../errors.js';
import { getCommentChar } from '../git/getCommentChar.js';
import { getHookRepoRoot } from '../git/getRepoRoot.js';
import { messageUnreadable } from '../messages.js';
import { fingerprint, prepareFingerprints } from '../report/fingerprint.js';
import type { ReportFinding, ScanReport } from '../report/types.js';
import { applyBaseline } from './applyBaseline.js';
import { rulesForText } from './LazyScan.js';
import { loadRuleConfig, rulesFor } from './loadRuleSet.js';
import { placeFindings } from './locateFindings.js';
import { messageBody } from './messageBody.js';
import { reportFinding } from './toReportFindings.js';
import type { CommandIo, OutputFormat } from './types.js';
import { writeReport } from './writeReport.js';

/**
 * `keyguard check-message <file>`, the commit-msg hook: git passes the file holding the proposed
 * message (githooks(5) "commit-msg"; `.git/COMMIT_EDITMSG`, relative to the work tree's top,
 * where git runs hooks). Scans what git may keep of it (messageBody). Exit codes and formats as
 * check-staged; a file that cannot be read fails closed (exit 2).
 */
export async function checkMessage(file: string, format: OutputFormat, io: CommandIo): Promise<number> {
  const started = io.now();
  const raw = await readFile(resolve(io.cwd, file)).catch((error: unknown) => {
    throw new KeyguardError('usage', messageUnreadable(file, error instanceof Error ? error.message : String(error)), { cause: error });
  });
  const root = await getHookRepoRoot(io.cwd);
  const [{ config, allow, catalog }, commentChar] = await Promise.all([loadRuleConfig(root), getCommentChar(root)]);
  const text = messageBody(raw.toString('utf8'), commentChar);
  // Most messages hold no keyword of any rule: then no rule is built (LazyScan.ts).
  const rules = await rulesForText(text, catalog, config, () => rulesFor(config));
  const accepted = new Set(readBaseline(workTreeFiles(root)).map((e) => e.fingerprint));
  const placed = placeFindings(scan(text, rules, { path: file }), file, 1, allow);
  await prepareFingerprints(placed, rules); // the slow hashes of passwords, in parallel
  const { kept, notes } = applyBaseline(placed, accepted, rules, (f) => f);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const findings: ReportFinding[] = kept.map((f) => {
    const rule = byId.get(f.ruleId)!;
    return { ...reportFinding(f, fingerprint(f.secret, rule), rule, []), in: 'commit-message' };
  });
  const stats = { files: 1, bytes: Buffer.byteLength(text), binarySkipped: 0, ms: Math.round(io.now() - started) };
  const report: ScanReport = { findings, stats, notes, firstCommit: false, scope: 'message' };
  writeReport(report, format, io);
  return findings.some((f) => f.severity === 'block') ? ExitCode.blocked : ExitCode.ok;
}
