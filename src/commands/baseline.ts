import { readBaseline, writeBaseline, BASELINE_FILE, type BaselineEntry } from '../config/baseline.js';
import { workTreeFiles } from '../config/repoFiles.js';
import { ExitCode } from '../errors.js';
import { getEmptyTree } from '../git/getEmptyTree.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { streamStagedDiff } from '../git/streamStagedDiff.js';
import type { AddedBlock } from '../git/types.js';
import { mayBeLfsPointer } from '../detect/lfsPointer.js';
import { baselineWritten } from '../messages.js';
import { fingerprint } from '../report/mask.js';
import { loadRuleSet } from './loadRuleSet.js';
import { scanStagedContent } from './stagedContent.js';
import { locateFindings } from './locateFindings.js';
import type { CommandIo } from './types.js';

/**
 * `keyguard baseline`: accept every finding in the index (committed and staged content) so
 * it no longer blocks. Entries still found keep their reason; entries no longer found are
 * dropped; new ones get `reason`. Only fingerprints are written, never secrets.
 */
export async function baseline(reason: string | undefined, io: CommandIo): Promise<number> {
  const root = await getRepoRoot(io.cwd);
  const { rules, allow } = await loadRuleSet(root);
  const found = new Map<string, BaselineEntry>();
  const lfsCandidates = new Set<string>();
  const onBlock = (block: AddedBlock) => {
    if (allow.pathAllowed(block.path)) return;
    if (mayBeLfsPointer(block.text)) lfsCandidates.add(block.path);
    for (const f of locateFindings(block, rules, allow)) {
      const fp = fingerprint(f.secret);
      if (!found.has(fp)) found.set(fp, { fingerprint: fp, ruleId: f.ruleId, file: f.file, ...(reason ? { reason } : {}) });
    }
  };
  const diff = await streamStagedDiff(root, onBlock, { base: await getEmptyTree(root) });
  // Files git shows as binary are decided by content here too, so what check-staged finds can be accepted.
  await scanStagedContent(root, diff.files, lfsCandidates, allow, onBlock);
  const previous = new Map(readBaseline(workTreeFiles(root)).map((e) => [e.fingerprint, e]));
  const entries = [...found.values()].map((e) => previous.get(e.fingerprint) ?? e);
  const added = entries.filter((e) => !previous.has(e.fingerprint)).length;
  writeBaseline(root, entries);
  io.stdout(`${baselineWritten(BASELINE_FILE, entries.length, added, previous.size - (entries.length - added))}\n`);
  return ExitCode.ok;
}
