import { KeyguardError } from '../errors.js';
import { BINARY_PROBE } from '../detect/textEncoding.js';
import { classify, MAX_CONTENT_BYTES, MISSING, type BlobContent } from './blobContent.js';

const LF = 0x0a;

interface BatchObject {
  readonly size: number;
  got: number;
  /** The bytes kept: all of them, the first BINARY_PROBE of a large object, none of an unwanted one. */
  readonly data: Buffer;
  readonly skip: boolean;
}

/**
 * Push parser for `git cat-file --batch` (git-cat-file(1) "BATCH OUTPUT"): per object name read,
 * `<oid> <type> <size>LF<contents>LF`, or `<name> missing LF`. Objects up to MAX_CONTENT_BYTES are
 * kept whole; of a larger one only the first bytes (binary or not), so a big image costs no memory.
 */
export class BatchOutput {
  private header: Buffer[] = [];
  private object: BatchObject | undefined;
  /** The LF after an object's contents is still to come. */
  private trailer = false;
  private count = 0;

  /** `wanted`: asked when an object starts; an unwanted one is passed over unread (reported missing). */
  constructor(
    private readonly onObject: (index: number, content: BlobContent) => void,
    private readonly wanted: (index: number) => boolean = () => true,
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
      return this.done(MISSING);
    }
    const size = Number(m[2]);
    if (m[1] !== 'blob') throw unexpected();
    const keep = this.wanted(this.count) ? (size <= MAX_CONTENT_BYTES ? size : BINARY_PROBE) : -1;
    this.object = { size, got: 0, data: Buffer.allocUnsafe(Math.max(keep, 0)), skip: keep < 0 };
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
    if (object.skip) return this.done(MISSING);
    const whole = object.size <= MAX_CONTENT_BYTES ? object.data : undefined;
    this.done(classify(object.data, object.size, whole));
  }

  private done(content: BlobContent): void {
    this.onObject(this.count, content);
    this.count += 1;
  }
}

function unexpected(): KeyguardError {
  return new KeyguardError('internal', "unexpected output from git cat-file --batch");
}
