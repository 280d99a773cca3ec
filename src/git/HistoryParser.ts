import { KeyguardError } from '../errors.js';
import { ByteSplitter } from './ByteSplitter.js';
import { GrowableBytes } from './GrowableBytes.js';
import { parseCommitHeader } from './parseCommitHeader.js';
import { PatchReader } from './PatchReader.js';
import { isSubmodule, RawRecords, sectionsOf } from './RawRecords.js';
import type { AddedBlock, HistoryCommit, HistoryResult } from './types.js';

const NUL = 0x00;
const LF = 0x0a;
const MAX_LISTED = 20;
/** git ≥ 2.48 may print this after an octopus merge's header (log-tree.c); 2.39 prints nothing. */
const OCTOPUS_WARNING = 'diff: warning: ';

export interface HistoryHandlers {
  readonly onBlock: (commit: HistoryCommit, block: AddedBlock) => void;
  readonly onCommit?: (commit: HistoryCommit) => void;
  /** After a commit's patch (and all its blocks): its raw entries, with git's binary verdict. */
  readonly onFiles?: (commit: HistoryCommit, files: readonly HistoryFile[]) => void;
}

/** A raw entry of a commit's diff, for a content check (scanContentChanges). */
export interface HistoryFile {
  readonly path: string;
  readonly srcId: string;
  readonly dstId: string;
  /** git showed `Binary files … differ`. */
  readonly binary: boolean;
  /** A deletion, or a gitlink on the new side: no content of ours. */
  readonly noContent: boolean;
}

/**
 * Push parser for the `git log -z --raw -p --format=tformat:%x00commit …` stream of
 * streamHistory. Per commit git writes (log-tree.c show_log, log_tree_diff_flush):
 *
 *   NUL "commit <id>\t<parents>\t<date>" NUL            the header and its -z terminator
 *   [ LF  raw records, NUL-terminated                    only when the commit has a diff
 *         NUL                                            the separator before the patch
 *         patch lines, LF-terminated ]
 *
 * The patch is read with PatchReader: inside a hunk its counts decide, so file content is never
 * taken for a header. Outside a hunk every line is git's own, and none can start with NUL (paths
 * cannot hold one), so a "line" starting with NUL is the next header(s): the headers of commits
 * without a diff, run together up to the LF that opens the next diff.
 */
export class HistoryParser {
  // LF first: the stream starts with a header's NUL, read as a "line" starting with NUL.
  private readonly splitter = new ByteSplitter(LF, (buffer, start, end) => this.record(buffer, start, end));
  private readonly block = new GrowableBytes();
  private commit: HistoryCommit | undefined;
  private raw: RawRecords | undefined;
  private patch: PatchReader | undefined;
  /** The raw entries of the commit whose patch is being read. */
  private files: RawRecords['files'] = [];
  private ended = false;
  private readonly result = {
    commits: 0, patchBytes: 0, addedBytes: 0, fileChanges: 0, binarySkipped: 0, parentless: 0,
    submodules: { paths: [] as string[], count: 0 }, octopus: [] as string[],
  };

  constructor(private readonly handlers: HistoryHandlers) {
    // Runs of added lines in one loop (PatchReader.addedRun); it declines outside a hunk.
    this.splitter.bulk = (buffer, start) => (this.raw === undefined && this.patch !== undefined ? this.patch.addedRun(buffer, start) : start);
  }

  push(chunk: Buffer): void {
    this.result.patchBytes += chunk.length;
    this.splitter.push(chunk);
  }

  /** Call once after the last chunk; throws if the output was cut short or inconsistent. */
  end(): HistoryResult {
    this.ended = true;
    // Commits without a diff at the very end leave their headers without a closing LF.
    if (this.splitter.pendingBytes > 0 && this.splitter.delimiter === LF) this.splitter.push(Buffer.of(LF));
    if (this.splitter.pendingBytes > 0 || this.raw) throw new KeyguardError('internal', 'git log output ended mid-record');
    this.endCommit();
    return this.result;
  }

  private record(buffer: Buffer, start: number, end: number): void {
    if (this.raw) {
      if (!this.raw.add(buffer, start, end)) this.startPatch(this.raw);
    } else if (this.patch?.inHunk) {
      this.patch.line(buffer, start, end);
    } else if (end > start && buffer[start] === NUL) {
      this.headers(buffer, start, end);
    } else if (this.patch) {
      this.patch.line(buffer, start, end);
    } else {
      this.octopusWarning(buffer, start, end);
    }
  }

  /** The only text allowed outside a diff and a header; anything else means we lost our place. */
  private octopusWarning(buffer: Buffer, start: number, end: number): void {
    const octopus = this.commit !== undefined && this.commit.parents.length > 2;
    if (octopus && buffer.toString('latin1', start, end).startsWith(OCTOPUS_WARNING)) return;
    throw new KeyguardError('internal', "unexpected text between commits in git's log output");
  }

  /** `NUL header NUL [NUL header NUL]… [warning]`, i.e. everything up to the next LF. */
  private headers(buffer: Buffer, start: number, end: number): void {
    let at = start;
    for (;;) {
      const nul = buffer.indexOf(NUL, at);
      const stop = nul < 0 || nul >= end ? end : nul;
      if (stop === end) {
        // Ends with a header's NUL: the LF after it opens that commit's diff (raw records first).
        if (at < end) this.octopusWarning(buffer, at, end);
        else if (!this.ended) this.startRaw();
        return;
      }
      if (stop > at) this.startCommit(parseCommitHeader(buffer.toString('latin1', at, stop)));
      at = stop + 1;
    }
  }

  private startCommit(commit: HistoryCommit): void {
    this.endCommit();
    this.commit = commit;
    this.result.commits += 1;
    if (commit.parents.length === 0) this.result.parentless += 1;
    if (commit.parents.length > 2 && this.result.octopus.length < MAX_LISTED) this.result.octopus.push(commit.id);
    this.handlers.onCommit?.(commit);
  }

  private startRaw(): void {
    if (!this.commit) throw new KeyguardError('internal', "git log printed a diff before any commit header");
    this.raw = new RawRecords();
    this.splitter.delimiter = NUL;
  }

  private startPatch(raw: RawRecords): void {
    const commit = this.commit!;
    const parts = sectionsOf(raw.files);
    this.patch = new PatchReader(parts, (block) => this.handlers.onBlock(commit, block), this.block);
    this.raw = undefined;
    this.splitter.delimiter = LF;
    this.files = raw.files;
  }

  /** Closes the current commit's patch: every expected section must have been printed. */
  private endCommit(): void {
    if (!this.patch) return;
    this.patch.finish();
    this.result.addedBytes += this.patch.bytes;
    this.handlers.onFiles?.(this.commit!, this.files.map((file) => ({
      path: file.path, srcId: file.srcId, dstId: file.dstId, binary: file.binary, noContent: file.dstMode === 0 || isSubmodule(file),
    })));
    const { submodules } = this.result;
    for (const file of this.files) {
      if (isSubmodule(file)) {
        submodules.count += 1;
        if (submodules.paths.length < MAX_LISTED && !submodules.paths.includes(file.path)) submodules.paths.push(file.path);
      } else if (file.binary) this.result.binarySkipped += 1;
      else if (file.dstMode !== 0) this.result.fileChanges += 1;
    }
    this.patch = undefined;
    this.files = [];
  }
}
