/**
 * Whether content is text, and in which encoding: keyguard decides from the bytes, never from
 * the user's attributes (a `-diff` or `binary` attribute only changes how git shows a file).
 */

/** git's binary test reads this many leading bytes (xdiff-interface.c, buffer_is_binary: FIRST_FEW_BYTES). */
export const BINARY_PROBE = 8000;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of content starting with `head`, or null when it is binary. A byte order mark
 * comes first: UTF-16 text is full of NUL bytes, so git's own test (a NUL among the first 8000
 * bytes) would call a UTF-16 PowerShell or .reg file binary. Without a BOM, git's test decides.
 */
export function textEncoding(head: Uint8Array): TextEncoding | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return head.subarray(0, BINARY_PROBE).includes(0) ? null : 'utf-8';
}

/** The text of `bytes` (a BOM removed: TextDecoder drops it unless told otherwise). */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(bytes);
}
