import { readBaseline, writeBaseline, BASELINE_FILE, type BaselineEntry } from '../config/baseline.js';
import { workTreeFiles } from '../config/repoFiles.js';
import { ExitCode } from '../errors.js';
import { getEmptyTree } from '../git/getEmptyTree.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { streamStagedDiff } from '../git/streamStagedDiff.js';
import type { AddedBlock } from '../git/types.js';
import { mayBeLfsPointer } from '../detect/lfsPointer.js';
import { baselineWritten } from '../messages.js';
import { baselineFingerprints, prepareFingerprints } from '../report/fingerprint.js';
import { loadRuleSet } from './loadRuleSet.js';
import { scanStagedContent } from './stagedContent.js';
import { locateFindings, type PlacedFinding } from './locateFindings.js';
import type { CommandIo } from './types.js';

/**
 * `keyguard baseline`: accept every finding in the index (committed and staged content) so
 * it no longer blocks. Entries still found keep their reason; entries no longer found are
 * dropped; new ones get `reason`. Only fingerprints are written, never secrets.
 */
export async function baseline(reason: string | undefined, io: CommandIo): Promise<number> {
  const root = await getRepoRoot(io.cwd);
  const { rules, allow } = await loadRuleSet(root);
  const placed: PlacedFinding[] = [];
  const lfsCandidates = new Set<string>();
  const onBlock = (block: AddedBlock) => {
    if (allow.pathAllowed(block.path)) return;
    if (mayBeLfsPointer(block.text)) lfsCandidates.add(block.path);
    for (const f of locateFindings(block, rules, allow)) placed.push(f);
  };
  const diff = await streamStagedDiff(root, onBlock, { base: await getEmptyTree(root) });
  // Files git shows as binary are decided by content here too, so what check-staged finds can be accepted.
  await scanStagedContent(root, diff.files, lfsCandidates, allow, onBlock);
  await prepareFingerprints(placed, rules);
  const byId = new Map(rules.map((r) => [r.id, r]));
  // Each finding with the fingerprints an existing entry may have for it (the current one first).
  const found = new Map<string, { entry: BaselineEntry; known: readonly string[] }>();
  for (const f of placed) {
    const known = baselineFingerprints(f.secret, byId.get(f.ruleId));
    const fp = known[0]!;
    if (!found.has(fp)) found.set(fp, { entry: { fingerprint: fp, ruleId: f.ruleId, file: f.file, ...(reason ? { reason } : {}) }, known });
  }
  const previous = new Map(readBaseline(workTreeFiles(root)).map((e) => [e.fingerprint, e]));
  // An old plain SHA-256 entry of a password keeps its reason and file, under the new fingerprint.
  const kept = [...found.values()].map(({ entry, known }) => {
    const old = known.map((fp) => previous.get(fp)).find((e) => e !== undefined);
    return { entry: old === undefined ? entry : { ...old, fingerprint: entry.fingerprint }, isNew: old === undefined };
  });
  const entries = kept.map((k) => k.entry);
  const added = kept.filter((k) => k.isNew).length;
  writeBaseline(root, entries);
  io.stdout(`${baselineWritten(BASELINE_FILE, entries.length, added, previous.size - (entries.length - added))}\n`);
  return ExitCode.ok;
}
