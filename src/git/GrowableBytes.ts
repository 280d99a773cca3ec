import { KeyguardError } from '../errors.js';

const LF = 0x0a;

/** Up to this many bytes, append() copies in JavaScript instead of calling Buffer#copy. */
const SHORT = 96;

/**
 * An append-only byte buffer that doubles when full and is reused between blocks, so collecting
 * a block of added lines costs one copy per line and no allocation per line.
 */
export class GrowableBytes {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private length = 0;

  push(byte: number): void {
    this.reserve(1);
    this.bytes[this.length++] = byte;
  }

  append(source: Buffer, start: number, end: number): void {
    this.reserve(end - start);
    if (end - start > SHORT) {
      this.length += source.copy(this.bytes, this.length, start, end);
      return;
    }
    // Most source lines are short, and Buffer#copy allocates a view per call (buffer.js
    // _copyActual): for those a plain loop is several times cheaper (npm run bench, case b).
    const bytes = this.bytes;
    let at = this.length;
    for (let i = start; i < end; i++) bytes[at++] = source[i]!;
    this.length = at;
  }

  /**
   * Copies source[start, end) just past the collected bytes in one native copy, without collecting
   * it; `collectStaged` then moves parts of it into place. Returns the offset to add to a source
   * index to find its staged copy. Staged bytes stay valid while only push() and collectStaged()
   * run, and only as long as every write lands before what is still to be read (a run of `+`
   * lines: each line drops its marker, so the collected end never catches up with the next line).
   */
  stage(source: Buffer, start: number, end: number): number {
    this.reserve(end - start);
    source.copy(this.bytes, this.length, start, end);
    return this.length - start;
  }

  /**
   * Collects the staged bytes at [from, to) (buffer offsets: a source index plus stage()'s
   * offset). One native move per line: per-line Buffer#copy allocates a view, and the byte loop of
   * append() was most of the diff parsing of a 20 MB commit (npm run bench, case b).
   */
  collectStaged(from: number, to: number): void {
    // Never expected: it would collect bytes already overwritten, i.e. scan text git did not print.
    if (from < this.length) throw new KeyguardError('internal', 'diff parsing collected staged bytes after overwriting them');
    this.bytes.copyWithin(this.length, from, to);
    this.length += to - from;
  }

  /** Bytes collected so far. */
  get size(): number {
    return this.length;
  }

  /** Where `needle` (ASCII) occurs first at or after `from`, or -1. */
  indexOf(needle: string, from: number): number {
    // Within the collected bytes only: the buffer beyond them may be megabytes of stale content.
    return this.bytes.subarray(0, this.length).indexOf(needle, from, 'latin1');
  }

  /** Where the last `\n` at or before `at` is, or -1. */
  lastNewline(at: number): number {
    return at < 0 ? -1 : this.bytes.lastIndexOf(LF, Math.min(at, this.length - 1));
  }

  /** `\n` bytes in [from, size). */
  newlines(from: number): number {
    let count = 0;
    for (let at = this.bytes.indexOf(LF, from); at !== -1 && at < this.length; at = this.bytes.indexOf(LF, at + 1)) count += 1;
    return count;
  }

  /** All collected bytes decoded (as take()), keeping [from, size) as the new content. */
  takeKeeping(from: number): string {
    const text = this.bytes.toString('utf8', 0, this.length);
    this.length = this.bytes.copy(this.bytes, 0, from, this.length);
    return text;
  }

  /** The collected bytes decoded as UTF-8 (invalid sequences become U+FFFD); then empty again. */
  take(): string {
    return this.takeKeeping(this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}
