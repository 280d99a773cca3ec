/**
 * Splits a byte stream into records at a delimiter byte, carrying partial records across
 * chunks. Works on bytes, never on decoded text, so a record split in the middle of a
 * multi-byte UTF-8 character is reassembled before anyone decodes it.
 *
 * The delimiter may change between records: `git diff --raw -p -z` writes NUL-terminated
 * raw records, then a NUL separator, then a newline-terminated patch (git-diff(1) "-z").
 */
export class ByteSplitter {
  /** Read before each search, so a record handler may switch it for the records after it. */
  delimiter: number;
  private pending: Buffer[] = [];
  private readonly onRecord: (record: Buffer) => void;

  constructor(delimiter: number, onRecord: (record: Buffer) => void) {
    this.delimiter = delimiter;
    this.onRecord = onRecord;
  }

  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const at = chunk.indexOf(this.delimiter, start);
      if (at < 0) break;
      const piece = chunk.subarray(start, at);
      const record = this.pending.length === 0 ? piece : Buffer.concat([...this.pending, piece]);
      this.pending = [];
      start = at + 1;
      this.onRecord(record);
    }
    // Copy the tail: the caller may reuse its buffer once push() returns.
    if (start < chunk.length) this.pending.push(Buffer.from(chunk.subarray(start)));
  }

  /** Bytes after the last delimiter: non-zero means the stream ended inside a record. */
  get pendingBytes(): number {
    return this.pending.reduce((sum, part) => sum + part.length, 0);
  }
}
