import { addedLines } from '../detect/addedLines.js';
import { parseLfsPointer, type LfsPointer } from '../detect/lfsPointer.js';
import { decodeText } from '../detect/textEncoding.js';
import { MISSING, type BlobContent } from '../git/blobContent.js';
import { lfsObjectsDir, readLfsObject } from '../git/lfsObjects.js';
import { readBlobs } from '../git/readBlobs.js';
import type { AddedBlock } from '../git/types.js';
import { unscannedReason } from '../messages.js';

/** One file change whose content git did not show us as text, or that may be an LFS pointer. */
export interface ContentChange<T> {
  readonly path: string;
  /** Blob ids; all zeros (or empty) where the side does not exist. */
  readonly srcId: string;
  readonly dstId: string;
  /** git already showed its lines (a text file whose added lines hold an LFS `oid` line): only an LFS object is left to read. */
  readonly textScanned: boolean;
  readonly tag: T;
}

export interface ContentOutcome<T> {
  /** Real binary content (git's NUL test, no BOM): nothing to scan. */
  readonly binary: ContentChange<T>[];
  /** Content that could not be read or was over a limit, with why (docs/detection.md "What it reads, exactly"). */
  readonly unscanned: { readonly change: ContentChange<T>; readonly reason: string }[];
  /** Changes whose content was read here (their added lines went to onBlock), and its bytes. */
  readonly scanned: ContentChange<T>[];
  bytes: number;
}

interface Pending<T> {
  readonly change: ContentChange<T>;
  readonly old: BlobContent;
  readonly pointer: LfsPointer;
}

const NO_OBJECT = /^0*$/;
/** git-lfs docs/spec.md: a pointer file is under 1024 bytes. */
const POINTER_MAX = 1024;

/**
 * Decide from the content what git would not show as text (attributes, encodings, sizes above
 * core.bigFileThreshold, LFS pointers) and hand the added lines of text content to `onBlock`.
 * Reads every blob with one `git cat-file --batch`; LFS objects from their local store.
 */
export async function scanContentChanges<T>(
  cwd: string,
  changes: readonly ContentChange<T>[],
  onBlock: (change: ContentChange<T>, block: AddedBlock) => void,
): Promise<ContentOutcome<T>> {
  const outcome: ContentOutcome<T> = { binary: [], unscanned: [], scanned: [], bytes: 0 };
  if (changes.length === 0) return outcome;
  const { ids, slots } = readingOrder(changes);
  const pending: Pending<T>[] = [];
  let current: { change: ContentChange<T>; content: BlobContent; pointer: LfsPointer | null } | undefined;
  const finish = (old: BlobContent) => {
    const { change, content, pointer } = current!;
    current = undefined;
    if (pointer !== null) pending.push({ change, old, pointer });
    else if (!change.textScanned) settle(change, old, content, outcome, onBlock);
  };
  const needsOld = () => current !== undefined && current.content.kind === 'text' && (current.pointer !== null || !current.change.textScanned);
  await readBlobs(cwd, ids, (index, content) => {
    const slot = slots[index]!;
    if (slot.old) return finish(content);
    current = { change: slot.change, content, pointer: pointerIn(content) };
    if (slots[index + 1]?.old !== true) finish(MISSING);
  }, (index) => !slots[index]!.old || needsOld());
  if (pending.length === 0) return outcome;
  const objects = await lfsObjectsDir(cwd);
  for (const { change, old: before, pointer } of pending) {
    const object = readLfsObject(objects, pointer.oid);
    const previous = pointerIn(before);
    const oldObject = previous === null ? before : readLfsObject(objects, previous.oid);
    if (object.kind === 'missing') outcome.unscanned.push({ change, reason: unscannedReason({ kind: 'lfs-missing' }) });
    else settle(change, oldObject, object, outcome, onBlock);
  }
  return outcome;
}

/**
 * The blobs to read, new side first: the old blob is only read when the new one is text (a
 * modified image's old version streams past unread, BatchOutput). A deletion has nothing to scan.
 */
function readingOrder<T>(changes: readonly ContentChange<T>[]): { ids: string[]; slots: { change: ContentChange<T>; old: boolean }[] } {
  const ids: string[] = [];
  const slots: { change: ContentChange<T>; old: boolean }[] = [];
  for (const change of changes) {
    if (NO_OBJECT.test(change.dstId)) continue;
    ids.push(change.dstId);
    slots.push({ change, old: false });
    if (NO_OBJECT.test(change.srcId)) continue;
    ids.push(change.srcId);
    slots.push({ change, old: true });
  }
  return { ids, slots };
}

/** Scan the added lines of text content; record anything else. */
function settle<T>(
  change: ContentChange<T>,
  old: BlobContent,
  content: BlobContent,
  outcome: ContentOutcome<T>,
  onBlock: (change: ContentChange<T>, block: AddedBlock) => void,
): void {
  if (content.kind === 'binary') return void outcome.binary.push(change);
  if (content.kind !== 'text') return void outcome.unscanned.push({ change, reason: unscannedReason(content) });
  const previous = old.kind === 'text' ? decodeText(old.bytes, old.encoding) : null;
  for (const run of addedLines(previous, decodeText(content.bytes, content.encoding))) {
    outcome.bytes += run.text.length;
    onBlock(change, { path: change.path, startLine: run.startLine, text: run.text });
  }
  outcome.scanned.push(change);
}

function pointerIn(content: BlobContent): LfsPointer | null {
  if (content.kind !== 'text' || content.encoding !== 'utf-8' || content.bytes.length >= POINTER_MAX) return null;
  return parseLfsPointer(content.bytes.toString('utf8'));
}
