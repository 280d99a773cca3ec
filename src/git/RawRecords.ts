import { KeyguardError } from '../errors.js';
import type { PatchPart, PatchTarget } from './PatchReader.js';
import { parseRawEntry, type RawEntry } from './parseRawEntry.js';

/** S_IFMT and the gitlink type (git's cache.h): mode 160000 is a submodule pointer. */
const S_IFMT = 0o170000;
export const GITLINK = 0o160000;

/** One raw entry with its exact name(s); `binary` is set later by the patch reader. */
export interface FileRecord extends PatchTarget, RawEntry {
  readonly oldPath?: string;
}

/**
 * Collects the NUL-terminated records of a `--raw -z` listing (git-diff(1) "RAW OUTPUT FORMAT"):
 * a metadata record, then one or two path records. File names are taken only from here
 * (exact bytes, never quoted). Shared by `git diff` (DiffParser) and `git log` (HistoryParser).
 */
export class RawRecords {
  readonly files: FileRecord[] = [];
  private entry: RawEntry | undefined;
  private paths: string[] = [];

  /** Takes one record; returns false for the empty record that ends the raw part (patch follows). */
  add(buffer: Buffer, start: number, end: number): boolean {
    if (!this.entry) {
      if (end === start) return false;
      this.entry = parseRawEntry(buffer.toString('latin1', start, end));
      return true;
    }
    // Invalid UTF-8 in a name becomes U+FFFD; git itself stores names as bytes.
    this.paths.push(buffer.toString('utf8', start, end));
    if (this.paths.length < this.entry.pathCount) return true;
    const [first = '', second] = this.paths;
    const names = second === undefined ? { path: first } : { path: second, oldPath: first };
    this.files.push({ ...this.entry, ...names, binary: false });
    this.entry = undefined;
    this.paths = [];
    return true;
  }

  /** Throws when the output stopped between an entry's metadata and its path(s). */
  assertComplete(): void {
    if (this.entry) throw new KeyguardError('internal', 'git diff output ended mid-record');
  }
}

/**
 * The `diff --git` sections git prints for the raw entries, in order (diff.c run_diff):
 * none for an unmerged path (a `* Unmerged path` line instead), two for a change of file
 * type (file ↔ symlink ↔ gitlink: "split into deletion and creation"), one otherwise.
 */
export function sectionsOf(files: readonly FileRecord[]): PatchPart[] {
  return files.flatMap((file): PatchPart[] => {
    if (file.status === 'U') return [];
    const scan = file.dstMode !== 0 && file.dstMode !== GITLINK;
    const split = file.srcMode !== 0 && file.dstMode !== 0 && (file.srcMode & S_IFMT) !== (file.dstMode & S_IFMT);
    // New content (another blob, not empty; all of it for the creation half of a split) always gets
    // a hunk or a "Binary files" line: a section without either was cut after its header lines.
    const content = scan && !EMPTY_BLOBS.has(file.dstId) && (split || file.srcId !== file.dstId);
    const part = { target: file, scan, content };
    return split ? [{ target: file, scan: false, content: false }, part] : [part];
  });
}

/** The empty blob's id, SHA-1 and SHA-256 (`git hash-object -t blob /dev/null`): a file with no content has no hunk. */
const EMPTY_BLOBS = new Set([
  'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
  '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813',
]);

/** A gitlink on either side: a submodule pointer, never descended into. */
export function isSubmodule(file: FileRecord): boolean {
  return file.dstMode === GITLINK || (file.dstMode === 0 && file.srcMode === GITLINK);
}
