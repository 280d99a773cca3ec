import type { Allowlist } from '../config/allowlist.js';
import type { AddedBlock, StagedFile } from '../git/types.js';
import type { UnscannedFile } from '../report/types.js';
import { scanContentChanges, type ContentChange } from './scanContentChanges.js';

export interface StagedContent {
  /** Paths of real binary content. */
  readonly binary: readonly string[];
  readonly unscanned: readonly UnscannedFile[];
  readonly bytes: number;
}

/**
 * The staged files git did not show us as text (`Binary files … differ`: an attribute, an
 * encoding, a size above core.bigFileThreshold) and the text files that may be LFS pointers
 * (`lfsCandidates`): read their content, scan its added lines through `push`. Costs nothing,
 * not even a git process, when there are none.
 */
export async function scanStagedContent(
  root: string,
  files: readonly StagedFile[],
  lfsCandidates: ReadonlySet<string>,
  allow: Pick<Allowlist, 'pathAllowed'>,
  push: (block: AddedBlock) => void,
): Promise<StagedContent> {
  const changes: ContentChange<undefined>[] = [];
  for (const file of files) {
    const textScanned = !file.binary;
    if (file.submodule || allow.pathAllowed(file.path) || (textScanned && !lfsCandidates.has(file.path))) continue;
    changes.push({ path: file.path, srcId: file.srcId, dstId: file.dstId, textScanned, tag: undefined });
  }
  const outcome = await scanContentChanges(root, changes, (_change, block) => push(block));
  return {
    binary: outcome.binary.map((c) => c.path),
    unscanned: outcome.unscanned.map(({ change, reason }) => ({ file: change.path, reason })),
    bytes: outcome.bytes,
  };
}
