import { KeyguardError } from '../errors.js';
import { diffSectionCut } from '../messages.js';
import type { AddedBlock, PieceInfo, PieceRule } from './types.js';
import { GrowableBytes } from './GrowableBytes.js';
import { parseHunkHeader } from './parseHunkHeader.js';

/** The file a `diff --git` section belongs to; `binary` is set when git says so. */
export interface PatchTarget {
  readonly path: string;
  /** The source path of a rename or copy (the raw entry's first path). */
  readonly oldPath?: string;
  binary: boolean;
}

/** One expected `diff --git` section, in output order. */
export interface PatchPart {
  readonly target: PatchTarget;
  /** False when the new side is not text of ours (a deletion, a gitlink): no blocks. */
  readonly scan: boolean;
  /** The section must hold a hunk or a "Binary files" line (sectionsOf): without one it was cut. */
  readonly content: boolean;
}

const [PLUS, MINUS, SPACE, BACKSLASH, CR, LF] = [0x2b, 0x2d, 0x20, 0x5c, 0x0d, 0x0a];
/** addedRun's first staging window (bytes); each next one doubles. */
const STAGE_WINDOW = 4096;

/**
 * Reads the patch part of `git diff -p` line by line (lines without their `\n`). Outside
 * hunks it only needs to recognise section and hunk headers; inside a hunk the header's
 * counts say how many body lines follow, so body content is never taken for a header.
 *
 * A section is bound to an expected part at its first line that only a real file pair prints:
 * the next one in raw order, unless its `diff --git` line names the paths of a later one. In a
 * merge's `--remerge-diff` git may print the pairs in another order than the raw entries (git.git
 * 6e8d538aab: a rename pair after a rename/rename conflict note, before entries raw lists first).
 * `git log --remerge-diff` also prints sections made only of conflict notes for paths without a
 * raw entry (diff.c create_filepairs_for_header_only_notifications); those lines start with
 * `remerge ` and their continuation lines with a space (merge-ort.c path_msg).
 */
export class PatchReader {
  private section = -1; // index of the part the current section is bound to
  /** By part: 1 once a section was bound to it; and how many are. */
  private readonly taken: Uint8Array;
  private takenCount = 0;
  /** No part before this one is free (bind() moves it on: linear in the parts, whatever their number). */
  private firstFree = 0;
  /** Parts by the `diff --git` line git prints for them, built only if a section comes out of order. */
  private byHeader: Map<string, number[]> | undefined;
  /** The current section's `diff --git` line. */
  private header = '';
  private inSection = false;
  private bound = false;
  private sawHunk = false;
  private sawContent = false; // a hunk or a "Binary files" line
  private oldLeft = 0;
  private newLeft = 0;
  private nextLine = 0;
  /** Start line of the current run of added lines; its bytes are in `block` (decoded once per run). */
  private runStart: number | undefined;
  /** Bytes of added-line content handed to onBlock (no `+`, no line ending). */
  bytes = 0;

  /** Lines at the start of `block` repeated from the previous piece, and how many of those were final there. */
  private repeated = 0;
  private repeatedFinal = 0;
  /** Size `block` must reach before the next attempt to hand over a piece. */
  private nextPieceAt = 0;

  /**
   * `block` may be shared between readers used one after the other (one per commit).
   * `pieces`: once it gives a rule, long runs of added lines are handed over in pieces (PieceRule).
   */
  constructor(
    private readonly parts: readonly PatchPart[],
    private readonly onBlock: (block: AddedBlock) => void,
    private readonly block = new GrowableBytes(),
    private readonly pieces?: () => PieceRule | undefined,
    /** `oneHunk`: git was asked for one hunk per file section, so a second one is an error. */
    private readonly options: { readonly oneHunk?: boolean } = {},
  ) {
    this.taken = new Uint8Array(parts.length);
  }

  /** Inside a hunk body: the next line is file content whatever its bytes. */
  get inHunk(): boolean {
    return this.oldLeft > 0 || this.newLeft > 0;
  }

  /** One line, as the view `buffer[start, end)` (without its `\n`). */
  line(buffer: Buffer, start: number, end: number): void {
    if (this.inHunk) return this.body(buffer, start, end);
    const text = buffer.toString('utf8', start, end);
    if (text.startsWith('diff --git ')) return this.startSection(text);
    // Unmerged entries get this line instead of a section (diff.c run_diff_cmd).
    if (text.startsWith('* Unmerged path ')) return this.flush();
    if (!this.inSection) throw unexpected('before the first file section');
    if (text.startsWith('@@ ')) return this.startHunk(text);
    // "\ No newline at end of file" may follow the last body line of a hunk.
    if (this.sawHunk && buffer[start] === BACKSLASH) return;
    if (this.sawHunk) throw unexpected(`after a hunk of file section ${this.section + 1}`);
    if (!this.bound && (text.startsWith('remerge ') || buffer[start] === SPACE)) return;
    if (!this.bound) this.bind();
    // Extended header lines (git-diff(1) "Generating patch text with -p"): only this one matters.
    if (text.startsWith('Binary files ')) [this.part().target.binary, this.sawContent] = [true, true];
  }

  /** Call once after the last line; fails closed if the output was cut or mis-correlated. */
  finish(): void {
    if (this.oldLeft > 0 || this.newLeft > 0) throw new KeyguardError('internal', 'git diff output ended inside a hunk');
    if (this.takenCount !== this.parts.length) {
      throw new KeyguardError('internal', `git diff printed ${this.takenCount} file section(s) for ${this.parts.length} expected`);
    }
    this.endSection();
  }

  private startSection(header: string): void {
    this.endSection();
    [this.inSection, this.bound, this.sawHunk, this.sawContent, this.header] = [true, false, false, false, header];
  }

  /** A section cut after its header lines ends like a file with nothing to show: the raw entry tells them apart. */
  private endSection(): void {
    this.flush();
    if (this.bound && this.part().content && !this.sawContent) throw new KeyguardError('internal', diffSectionCut(this.part().target.path));
  }

  /**
   * The first part not bound yet, or the one later part whose paths this section's `diff --git`
   * line names when the first one's do not. Otherwise the first one: a section bound to the wrong
   * part still fails closed (a cut section, a count that does not add up).
   */
  private bind(): void {
    while (this.firstFree < this.parts.length && this.taken[this.firstFree] === 1) this.firstFree += 1;
    let next = this.firstFree;
    if (next < this.parts.length && this.header !== diffHeader(this.parts[next]!)) {
      // Indexed once, at the first section out of raw order: a lookup per section, never a search.
      this.byHeader ??= indexByHeader(this.parts);
      // Only a match no other part shares: names with spaces can make two pairs print one line.
      const named = (this.byHeader.get(this.header) ?? []).filter((index) => index > next && this.taken[index] === 0);
      if (named.length === 1) next = named[0]!;
    }
    [this.section, this.bound] = [next, true];
    this.part();
    this.taken[next] = 1;
    this.takenCount += 1;
  }

  private part(): PatchPart {
    const part = this.parts[this.section];
    if (!part) throw new KeyguardError('internal', `git diff printed more file sections than the ${this.parts.length} expected`);
    return part;
  }

  private startHunk(text: string): void {
    const hunk = parseHunkHeader(text);
    if (!this.bound) this.bind();
    this.flush();
    // With one hunk per file (the staged diff's --inter-hunk-context), a second one is not git's output.
    if (this.sawHunk && this.options.oneHunk) throw unexpected(`(a second hunk) in file section ${this.section + 1}`);
    [this.sawHunk, this.sawContent] = [true, true];
    this.oldLeft = hunk.oldCount;
    this.newLeft = hunk.newCount;
    this.nextLine = hunk.newStart;
  }

  private body(buffer: Buffer, start: number, end: number): void {
    const marker = start < end ? buffer[start] : undefined;
    if (marker === BACKSLASH) return;
    if (marker === PLUS && this.newLeft > 0) return this.added(buffer, start, end);
    this.flush();
    if (marker === MINUS && this.oldLeft > 0) {
      this.oldLeft -= 1;
    } else if ((marker === SPACE || marker === undefined) && this.oldLeft > 0 && this.newLeft > 0) {
      // Context lines (between the changes of a one-hunk diff); empty = diff.suppressBlankEmpty.
      this.oldLeft -= 1;
      this.newLeft -= 1;
      this.nextLine += 1;
    } else {
      throw unexpected(`inside a hunk of file section ${this.section + 1}`);
    }
  }

  /**
   * BulkReader (ByteSplitter) for the common case: a run of additions with no removal left in the
   * hunk. Reads the complete `+` lines of `buffer` from `start` in one loop, with exactly what
   * `added` does per line; stops at anything else, at an incomplete last line (the splitter
   * carries it), and at the end of the hunk.
   */
  addedRun(buffer: Buffer, start: number): number {
    if (this.newLeft === 0 || this.oldLeft !== 0 || !this.part().scan) return start;
    const block = this.block;
    const end = buffer.length;
    let at = start;
    // The lines are staged in the block (GrowableBytes.stage) a window at a time, doubling: one
    // native copy for many lines, and a run of one line does not copy the rest of the chunk.
    let stagedTo = at;
    let offset = 0;
    let window = STAGE_WINDOW;
    while (at < end && buffer[at] === PLUS) {
      const lf = buffer.indexOf(LF, at + 1);
      if (lf === -1) return at; // an incomplete line: the splitter carries it
      const stop = contentEnd(buffer, at, lf);
      if (lf > stagedTo) {
        stagedTo = Math.min(end, Math.max(lf, at + window));
        window *= 2;
        offset = block.stage(buffer, at, stagedTo);
      }
      if (this.runStart !== undefined) block.push(LF);
      block.collectStaged(at + 1 + offset, stop + offset);
      this.runStart ??= this.nextLine;
      this.bytes += stop - at - 1;
      this.newLeft -= 1;
      this.nextLine += 1;
      at = lf + 1;
      if (this.newLeft === 0) {
        this.flush();
        return at;
      }
      if (block.size >= this.nextPieceAt) {
        this.handOverPiece();
        stagedTo = at; // the piece handed over moved the block's bytes: stage again
      }
    }
    return at;
  }

  /**
   * BulkReader companion of addedRun: skips the complete context lines at `start` in one loop, as
   * `body` would one by one. The staged diff's one hunk per file (STAGED_DIFF_ARGS) brings every
   * unchanged line between two changes through here: only Buffer.indexOf touches their bytes.
   */
  contextRun(buffer: Buffer, start: number): number {
    if (buffer[start] !== SPACE || this.oldLeft === 0 || this.newLeft === 0) return start;
    this.flush();
    let at = start;
    while (buffer[at] === SPACE && this.oldLeft > 0 && this.newLeft > 0) {
      const lf = buffer.indexOf(LF, at);
      if (lf === -1) break; // an incomplete line: the splitter carries it
      this.oldLeft -= 1;
      this.newLeft -= 1;
      this.nextLine += 1;
      at = lf + 1;
    }
    return at;
  }

  private added(buffer: Buffer, start: number, end: number): void {
    this.newLeft -= 1;
    const stop = contentEnd(buffer, start, end);
    if (this.part().scan) {
      if (this.runStart === undefined) this.runStart = this.nextLine;
      else this.block.push(LF);
      this.block.append(buffer, start + 1, stop);
      this.bytes += stop - start - 1;
    }
    this.nextLine += 1;
    if (this.oldLeft === 0 && this.newLeft === 0) return this.flush();
    // More lines of this run follow: -U0 puts a hunk's removals first, so only additions are left.
    if (this.runStart !== undefined && this.oldLeft === 0 && this.block.size >= this.nextPieceAt) this.handOverPiece();
  }

  /** Hands over the run so far as a piece, keeping the lines the next piece must repeat (PieceRule). */
  private handOverPiece(): void {
    const rule = this.pieces?.();
    if (rule === undefined || this.block.size < rule.bytes) {
      // No pieces (yet): look again after another 64 kB rather than at every line.
      this.nextPieceAt = this.block.size + (rule?.bytes ?? 64 * 1024);
      return;
    }
    const end = this.block.size;
    let from = Math.max(0, end - rule.tail);
    for (const { opener, within } of rule.openers) {
      const at = this.block.indexOf(opener, Math.max(0, end - within));
      if (at !== -1) from = Math.min(from, at);
    }
    const waitStart = this.block.lastNewline(from - 1) + 1;
    const keepFrom = waitStart === 0 ? 0 : this.block.lastNewline(waitStart - 2) + 1; // the context line before the waiting ones
    if (keepFrom < end / 2) {
      // Most of the run would be repeated (a key block still open, lines longer than the tail):
      // wait for more, so that no piece repeats more than it moves on and nothing is scanned
      // more than twice.
      this.nextPieceAt = end + rule.bytes / 4;
      return;
    }
    const carried = this.block.newlines(keepFrom) + 1;
    const lines = this.nextLine - this.runStart!;
    const piece: PieceInfo = { lines, repeated: this.repeated, repeatedFinal: this.repeatedFinal, carried, carriedFinal: 1 };
    this.onBlock({ path: this.part().target.path, startLine: this.runStart!, text: this.block.takeKeeping(keepFrom), piece });
    [this.runStart, this.repeated, this.repeatedFinal, this.nextPieceAt] = [this.nextLine - carried, carried, 1, rule.bytes];
  }

  private flush(): void {
    if (this.runStart === undefined) return;
    const startLine = this.runStart;
    this.runStart = undefined;
    this.nextPieceAt = 0;
    // One decode per block; `\n` always ends an invalid UTF-8 sequence, so this equals per-line decoding.
    const block = { path: this.part().target.path, startLine, text: this.block.take() };
    if (this.repeated === 0) return this.onBlock(block);
    // The last piece of a run handed over in pieces.
    const piece: PieceInfo = { lines: this.nextLine - startLine, repeated: this.repeated, repeatedFinal: this.repeatedFinal, carried: 0, carriedFinal: 0 };
    [this.repeated, this.repeatedFinal] = [0, 0];
    this.onBlock({ ...block, piece });
  }
}

/** End of a `+` line's content (`buffer[start, end)`, from the marker): one CR before the `\n` is the line ending (CRLF files). */
function contentEnd(buffer: Buffer, start: number, end: number): number {
  return end - start > 1 && buffer[end - 1] === CR ? end - 1 : end;
}

/** The `diff --git` line git prints for a part (explicit a/ and b/ prefixes: the diff arguments force them). */
function diffHeader(part: PatchPart): string {
  const { path, oldPath } = part.target;
  return `diff --git ${quotedPath(`a/${oldPath ?? path}`)} ${quotedPath(`b/${path}`)}`;
}

function indexByHeader(parts: readonly PatchPart[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  parts.forEach((part, at) => {
    const header = diffHeader(part);
    const list = index.get(header);
    if (list === undefined) index.set(header, [at]);
    else list.push(at);
  });
  return index;
}

/**
 * A path as `diff --git` writes it with core.quotepath=off (quote.c quote_c_style): in double
 * quotes with C escapes when it holds a `"`, a backslash or a control character, else as is.
 */
function quotedPath(path: string): string {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };
  const escaped = path.replace(/["\\\x00-\x1f\x7f]/g, (c) => named[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  return `"${escaped}"`;
}

/** Never quotes the line: it may be staged content, i.e. the very secret we guard. */
function unexpected(where: string): KeyguardError {
  return new KeyguardError('internal', `unexpected line in git's diff output ${where}`);
}
