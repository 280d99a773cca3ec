import { BINARY_PROBE, textEncoding, type TextEncoding } from '../detect/textEncoding.js';

/**
 * Most bytes of one file keyguard reads whole when git would not diff it as text (attributes,
 * encodings, LFS objects, files above core.bigFileThreshold): its lines are compared in memory
 * with the old version's. Larger text is not scanned and is named (config onUnscannable).
 */
export const MAX_CONTENT_BYTES = 64 * 1024 * 1024;

/** What one object (a blob, an LFS object) turned out to hold. */
export type BlobContent =
  | { readonly kind: 'text'; readonly encoding: TextEncoding; readonly bytes: Buffer }
  | { readonly kind: 'binary' }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'missing' };

export const MISSING: BlobContent = { kind: 'missing' };

/** Decide from the first bytes (`head`) and the size; `whole` is the content when it was kept. */
export function classify(head: Buffer, size: number, whole: Buffer | undefined): BlobContent {
  const encoding = textEncoding(head.subarray(0, BINARY_PROBE));
  if (encoding === null) return { kind: 'binary' };
  if (whole === undefined || size > MAX_CONTENT_BYTES) return { kind: 'too-large', size };
  return { kind: 'text', encoding, bytes: whole };
}
