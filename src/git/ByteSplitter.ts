/**
 * Splits a byte stream into records at a delimiter byte, carrying partial records across
 * chunks. Works on bytes, never on decoded text, so a record split in the middle of a
 * multi-byte UTF-8 character is reassembled before anyone decodes it.
 *
 * The delimiter may change between records: `git diff --raw -p -z` writes NUL-terminated
 * raw records, then a NUL separator, then a newline-terminated patch (git-diff(1) "-z").
 */
/**
 * Receives one record as a view `buffer[start, end)`, valid only during the call. Views instead
 * of `subarray()` objects: a 20 MB initial commit has ~500k lines, and one Buffer object per line
 * was a measurable share of the hook's time and GC (npm run bench).
 */
export type RecordHandler = (buffer: Buffer, start: number, end: number) => void;

/**
 * Takes over at a record start with nothing pending: consumes whole records of `buffer` from
 * `start` by itself and returns where it stopped (`start` = none). Lets a reader go through a long
 * run of similar records in one loop instead of one handler call per record (PatchReader.addedRun).
 */
export type BulkReader = (buffer: Buffer, start: number) => number;

export class ByteSplitter {
  /** Read before each search, so a record handler may switch it for the records after it. */
  delimiter: number;
  /** Optional, may be set at any time (see BulkReader). */
  bulk: BulkReader | undefined;
  private pending: Buffer[] = [];
  private readonly onRecord: RecordHandler;

  constructor(delimiter: number, onRecord: RecordHandler) {
    this.delimiter = delimiter;
    this.onRecord = onRecord;
  }

  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      if (this.bulk !== undefined && this.pending.length === 0) start = this.bulk(chunk, start);
      const at = chunk.indexOf(this.delimiter, start);
      if (at < 0) break;
      if (this.pending.length === 0) {
        this.onRecord(chunk, start, at);
      } else {
        const record = Buffer.concat([...this.pending, chunk.subarray(start, at)]);
        this.pending = [];
        this.onRecord(record, 0, record.length);
      }
      start = at + 1;
    }
    // Copy the tail: the caller may reuse its buffer once push() returns.
    if (start < chunk.length) this.pending.push(Buffer.from(chunk.subarray(start)));
  }

  /** Bytes after the last delimiter: non-zero means the stream ended inside a record. */
  get pendingBytes(): number {
    return this.pending.reduce((sum, part) => sum + part.length, 0);
  }
}
