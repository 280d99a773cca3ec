import { KeyguardError } from '../errors.js';
import { DIFF_EMPTY_BUT_STAGED, DIFF_LISTS_UNSTAGED, DIFF_RAW_CUT } from '../messages.js';
import { ByteSplitter } from './ByteSplitter.js';
import { PatchReader } from './PatchReader.js';
import { isSubmodule, RawRecords, sectionsOf, type FileRecord } from './RawRecords.js';
import type { AddedBlock, PieceRule, StagedDiffResult, StagedFile } from './types.js';

const NUL = 0x00;
const LF = 0x0a;

/**
 * Push parser for `git diff --raw -p -z` output (see streamStagedDiff for the exact flags).
 * Raw records come first, NUL-terminated, then one empty record, then the patch. File names
 * are taken only from the raw records (exact bytes, never quoted); the patch's `diff --git`
 * sections are matched to raw entries by order.
 */
export class DiffParser {
  private readonly raw = new RawRecords();
  private patch: PatchReader | undefined;
  private readonly splitter = new ByteSplitter(NUL, (buffer, start, end) => this.record(buffer, start, end));

  /** `pieces`: see PatchReader. */
  constructor(
    private readonly onBlock: (block: AddedBlock) => void,
    private readonly pieces?: () => PieceRule | undefined,
  ) {}

  push(chunk: Buffer): void {
    this.splitter.push(chunk);
  }

  /**
   * Call once after the last chunk, with what git's exit code said (`--exit-code`: 1 = there are
   * differences, whatever reached the output); throws if the output was cut short or inconsistent.
   */
  end(changed: boolean): StagedDiffResult {
    if (this.splitter.pendingBytes > 0) throw new KeyguardError('internal', 'git diff output ended mid-record');
    this.raw.assertComplete();
    // A full disk from the first byte leaves an empty output that would read as "nothing staged".
    if (changed !== this.raw.files.length > 0) throw new KeyguardError('internal', changed ? DIFF_EMPTY_BUT_STAGED : DIFF_LISTS_UNSTAGED);
    // git always ends a non-empty raw listing with an empty record before the patch (diff.c
    // diff_flush: the separator), even when no entry prints a section (unmerged paths only).
    if (this.raw.files.length > 0 && !this.patch) throw new KeyguardError('internal', DIFF_RAW_CUT);
    this.patch?.finish();
    return { files: this.raw.files.map(toStagedFile), bytes: this.patch?.bytes ?? 0 };
  }

  private record(buffer: Buffer, start: number, end: number): void {
    if (this.patch) return this.patch.line(buffer, start, end);
    if (!this.raw.add(buffer, start, end)) this.startPatch();
  }

  private startPatch(): void {
    // One hunk per file section (STAGED_DIFF_ARGS): a cut after a complete hunk is never silent.
    const patch = new PatchReader(sectionsOf(this.raw.files), this.onBlock, undefined, this.pieces, { oneHunk: true });
    this.patch = patch;
    this.splitter.delimiter = LF;
    this.splitter.bulk = (buffer, start) => patch.addedRun(buffer, patch.contextRun(buffer, start));
  }
}

function toStagedFile(file: FileRecord): StagedFile {
  const base = { path: file.path, status: file.status, binary: file.binary, submodule: isSubmodule(file), srcId: file.srcId, dstId: file.dstId };
  return file.oldPath === undefined ? base : { ...base, oldPath: file.oldPath };
}
