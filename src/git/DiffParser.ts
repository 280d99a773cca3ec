import { KeyguardError } from '../errors.js';
import { ByteSplitter } from './ByteSplitter.js';
import { PatchReader, type PatchPart, type PatchTarget } from './PatchReader.js';
import { parseRawEntry, type RawEntry } from './parseRawEntry.js';
import type { AddedBlock, StagedDiffResult, StagedFile } from './types.js';

const NUL = 0x00;
const LF = 0x0a;
/** S_IFMT and the gitlink type (git's cache.h): mode 160000 is a submodule pointer. */
const S_IFMT = 0o170000;
const GITLINK = 0o160000;

interface FileRecord extends PatchTarget, RawEntry {
  readonly oldPath?: string;
}

/**
 * Push parser for `git diff --raw -p -z` output (see streamStagedDiff for the exact flags).
 * Raw records come first, NUL-terminated, then one empty record, then the patch. File names
 * are taken only from the raw records (exact bytes, never quoted); the patch's `diff --git`
 * sections are matched to raw entries by order.
 */
export class DiffParser {
  private readonly files: FileRecord[] = [];
  private entry: RawEntry | undefined;
  private paths: string[] = [];
  private patch: PatchReader | undefined;
  private readonly splitter = new ByteSplitter(NUL, (buffer, start, end) => this.record(buffer, start, end));

  constructor(private readonly onBlock: (block: AddedBlock) => void) {}

  push(chunk: Buffer): void {
    this.splitter.push(chunk);
  }

  /** Call once after the last chunk; throws if the output was cut short or inconsistent. */
  end(): StagedDiffResult {
    if (this.splitter.pendingBytes > 0 || this.entry) throw new KeyguardError('internal', 'git diff output ended mid-record');
    // Without a patch section every raw entry must be one that prints no section.
    (this.patch ?? new PatchReader(sectionsOf(this.files), this.onBlock)).finish();
    return { files: this.files.map(toStagedFile), bytes: this.patch?.bytes ?? 0 };
  }

  private record(buffer: Buffer, start: number, end: number): void {
    if (this.patch) return this.patch.line(buffer, start, end);
    const record = buffer.subarray(start, end);
    if (!this.entry) {
      if (record.length === 0) return this.startPatch();
      this.entry = parseRawEntry(record.toString('latin1'));
      return;
    }
    // Invalid UTF-8 in a name becomes U+FFFD; git itself stores names as bytes.
    this.paths.push(record.toString('utf8'));
    if (this.paths.length < this.entry.pathCount) return;
    const [first = '', second] = this.paths;
    const names = second === undefined ? { path: first } : { path: second, oldPath: first };
    this.files.push({ ...this.entry, ...names, binary: false });
    this.entry = undefined;
    this.paths = [];
  }

  private startPatch(): void {
    this.patch = new PatchReader(sectionsOf(this.files), this.onBlock);
    this.splitter.delimiter = LF;
  }
}

/**
 * The `diff --git` sections git prints for the raw entries, in order (diff.c run_diff):
 * none for an unmerged path (a `* Unmerged path` line instead), two for a change of file
 * type (file ↔ symlink ↔ gitlink: "split into deletion and creation"), one otherwise.
 */
function sectionsOf(files: readonly FileRecord[]): PatchPart[] {
  return files.flatMap((file): PatchPart[] => {
    if (file.status === 'U') return [];
    const scan = file.dstMode !== 0 && file.dstMode !== GITLINK;
    const split = file.srcMode !== 0 && file.dstMode !== 0 && (file.srcMode & S_IFMT) !== (file.dstMode & S_IFMT);
    return split ? [{ target: file, scan: false }, { target: file, scan }] : [{ target: file, scan }];
  });
}

function toStagedFile(file: FileRecord): StagedFile {
  const submodule = file.dstMode === GITLINK || (file.dstMode === 0 && file.srcMode === GITLINK);
  const base = { path: file.path, status: file.status, binary: file.binary, submodule };
  return file.oldPath === undefined ? base : { ...base, oldPath: file.oldPath };
}
