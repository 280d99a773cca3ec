import { KeyguardError } from '../errors.js';
import { BINARY_PROBE } from '../detect/textEncoding.js';
import { classify, MAX_CONTENT_BYTES, MISSING, type BlobContent } from './blobContent.js';

const LF = 0x0a;

interface BatchObject {
  readonly type: string;
  readonly size: number;
  got: number;
  /** The bytes kept (BatchPolicy.keep); none of an object passed over. */
  readonly data: Buffer;
  readonly skip: boolean;
}

/** What a reader of `git cat-file --batch` keeps of each object, and what it makes of it. */
export interface BatchPolicy<T> {
  /** Bytes to keep of object `index` (its type and size as git printed them); -1: pass over it unread. */
  keep(index: number, type: string, size: number): number;
  /** The result for a kept object: `data` holds its first `keep` bytes. */
  result(type: string, data: Buffer, size: number): T;
  /** The result for a name git reports `missing`, and for an object passed over. */
  readonly missing: T;
}

/**
 * Push parser for `git cat-file --batch` (git-cat-file(1) "BATCH OUTPUT"): per object name read,
 * `<oid> <type> <size>LF<contents>LF`, or `<name> missing LF`. What it keeps of each object is the
 * policy's choice, so a big image costs no memory.
 */
export class BatchParser<T> {
  private header: Buffer[] = [];
  private object: BatchObject | undefined;
  /** The LF after an object's contents is still to come. */
  private trailer = false;
  private count = 0;

  constructor(
    private readonly onObject: (index: number, result: T) => void,
    private readonly policy: BatchPolicy<T>,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.trailer) {
        if (chunk[at] !== LF) throw unexpected();
        [this.trailer, at] = [false, at + 1];
      } else if (this.object) {
        at = this.fill(this.object, chunk, at);
      } else {
        const lf = chunk.indexOf(LF, at);
        this.header.push(chunk.subarray(at, lf === -1 ? chunk.length : lf));
        if (lf === -1) return;
        this.startObject(Buffer.concat(this.header).toString('latin1'));
        [this.header, at] = [[], lf + 1];
      }
    }
  }

  /** Objects answered; throws when git stopped in the middle of one. */
  end(): number {
    if (this.object || this.trailer || this.header.length > 0) throw new KeyguardError('internal', 'git cat-file output ended mid-object');
    return this.count;
  }

  private startObject(line: string): void {
    const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(line);
    if (!m) {
      if (!/ missing$/.test(line)) throw unexpected();
      return this.done(this.policy.missing);
    }
    const [type, size] = [m[1] ?? '', Number(m[2])];
    const keep = Math.min(this.policy.keep(this.count, type, size), size);
    this.object = { type, size, got: 0, data: Buffer.allocUnsafe(Math.max(keep, 0)), skip: keep < 0 };
    if (size === 0) this.finishObject(this.object);
  }

  private fill(object: BatchObject, chunk: Buffer, at: number): number {
    const take = Math.min(object.size - object.got, chunk.length - at);
    if (object.got < object.data.length) chunk.copy(object.data, object.got, at, at + Math.min(take, object.data.length - object.got));
    object.got += take;
    if (object.got === object.size) this.finishObject(object);
    return at + take;
  }

  private finishObject(object: BatchObject): void {
    this.object = undefined;
    this.trailer = true;
    this.done(object.skip ? this.policy.missing : this.policy.result(object.type, object.data, object.size));
  }

  private done(result: T): void {
    this.onObject(this.count, result);
    this.count += 1;
  }
}

/**
 * Blobs as BlobContent: objects up to MAX_CONTENT_BYTES are kept whole; of a larger one only the
 * first bytes (binary or not). `wanted` is asked when an object starts; an unwanted one is passed
 * over unread (reported missing). Any other type is an error: only blob ids are asked for.
 */
export class BatchOutput extends BatchParser<BlobContent> {
  constructor(onObject: (index: number, content: BlobContent) => void, wanted: (index: number) => boolean = () => true) {
    super(onObject, {
      keep: (index, type, size) => {
        if (type !== 'blob') throw unexpected();
        if (!wanted(index)) return -1;
        return size <= MAX_CONTENT_BYTES ? size : BINARY_PROBE;
      },
      result: (_type, data, size) => classify(data, size, size <= MAX_CONTENT_BYTES ? data : undefined),
      missing: MISSING,
    });
  }
}

function unexpected(): KeyguardError {
  return new KeyguardError('internal', "unexpected output from git cat-file --batch");
}
