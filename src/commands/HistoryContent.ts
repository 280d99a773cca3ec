import type { Allowlist } from '../config/allowlist.js';
import { mayBeLfsPointer } from '../detect/lfsPointer.js';
import type { HistoryFile } from '../git/HistoryParser.js';
import type { AddedBlock, HistoryCommit } from '../git/types.js';
import type { ContentChange } from './scanContentChanges.js';

/** A commit and its position in git's output (collectHistory's `order`). */
export interface CommitAt {
  readonly commit: HistoryCommit;
  readonly order: number;
}

/**
 * Which file changes of a history scan need their content read (scanContentChanges): those git
 * showed as binary, and text files whose added lines may make them LFS pointers. Only ids and
 * paths are kept, never content.
 */
export class HistoryContent {
  readonly changes: ContentChange<CommitAt>[] = [];
  /** Paths of the current commit with an added LFS `oid` line. */
  private candidates = new Set<string>();

  constructor(private readonly allow: Pick<Allowlist, 'pathAllowed'>) {}

  see(block: AddedBlock): void {
    if (mayBeLfsPointer(block.text)) this.candidates.add(block.path);
  }

  /** Called once per commit with a diff, after all its blocks. */
  commitFiles(at: CommitAt, files: readonly HistoryFile[]): void {
    for (const file of files) {
      const textScanned = !file.binary;
      if (file.noContent || this.allow.pathAllowed(file.path) || (textScanned && !this.candidates.has(file.path))) continue;
      this.changes.push({ path: file.path, srcId: file.srcId, dstId: file.dstId, textScanned, tag: at });
    }
    this.candidates = new Set();
  }
}
