/**
 * An append-only byte buffer that doubles when full and is reused between blocks, so collecting
 * a block of added lines costs one memcpy per line and no allocation per line.
 */
/** Up to this many bytes, append() copies in JavaScript instead of calling Buffer#copy. */
const SHORT = 96;

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

  /** The collected bytes decoded as UTF-8 (invalid sequences become U+FFFD); then empty again. */
  take(): string {
    const text = this.bytes.toString('utf8', 0, this.length);
    this.length = 0;
    return text;
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
