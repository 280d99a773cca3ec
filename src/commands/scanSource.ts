import type { Allowlist } from '../config/allowlist.js';
import { scan } from '../detect/scan.js';
import type { Rule } from '../detect/types.js';
import { MAX_CONTENT_BYTES } from '../git/blobContent.js';
import { BINARY_PROBE, decodeText, textEncoding, type TextEncoding } from '../detect/textEncoding.js';
import { placeFindings, type PlacedFinding } from './locateFindings.js';

/** Random access to the bytes of one file (or of standard input, already in memory). */
export interface ByteSource {
  /** Total size if known up front (fstat); only sizes the first buffer. */
  readonly sizeHint: number;
  /** Fill `into` from byte `position`; returns the bytes read, 0 at the end. */
  read(into: Buffer, position: number): Promise<number>;
}

export type SourceResult =
  | { readonly kind: 'text'; readonly findings: PlacedFinding[]; readonly bytes: number }
  | { readonly kind: 'binary' }
  /** UTF-16 text over MAX_CONTENT_BYTES: it is decoded whole, so it has a limit (config onUnscannable). */
  | { readonly kind: 'too-large'; readonly size: number };

export interface WindowSizes {
  /** Most bytes decoded and scanned at once: bounds memory for files of any size. */
  readonly window: number;
  /** Bytes the next window re-reads, so a key spanning a window boundary is still seen whole. */
  readonly overlap: number;
}

/**
 * 8 MB windows with a 64 KB overlap: the longest keys we know (PEM private keys, JWTs with big
 * claims) are a few kB, so a key is always complete in one window; memory stays ~3 × 8 MB
 * (bytes + decoded string) whatever the file size, and nothing is skipped for being large.
 */
export const DEFAULT_WINDOWS: WindowSizes = { window: 8 * 1024 * 1024, overlap: 64 * 1024 };

const NEWLINE = 0x0a;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Scan one source with `rules`, window by window. Windows end after a newline when one is near
 * the end, so lines (and `keyguard:allow` on the line before) stay whole; only a single line
 * longer than the window is cut, at a UTF-8 character boundary. Findings seen twice in an
 * overlap are reported once (same line, column and rule).
 */
export async function scanSource(source: ByteSource, file: string, rules: readonly Rule[], allow: Allowlist, sizes = DEFAULT_WINDOWS): Promise<SourceResult> {
  const buffer = Buffer.allocUnsafe(Math.min(sizes.window, Math.max(source.sizeHint, BINARY_PROBE) + 1));
  const findings: PlacedFinding[] = [];
  const seen = new Set<string>();
  let position = 0;
  let line = 1;
  let column = 0; // UTF-16 units between the start of `line` and the window start
  for (;;) {
    const filled = await readFully(source, buffer, position);
    if (position === 0) {
      // A BOM first, then git's binary test (textEncoding): UTF-16 text holds NUL bytes.
      const encoding = textEncoding(buffer.subarray(0, Math.min(filled, BINARY_PROBE)));
      if (encoding === null) return { kind: 'binary' };
      if (encoding !== 'utf-8') return scanWhole(source, encoding, file, rules, allow);
      // A UTF-8 BOM decodes to U+FEFF, one UTF-16 unit before line 1's first column.
      if (UTF8_BOM.every((byte, i) => buffer[i] === byte)) column = -1;
    }
    const last = filled < buffer.length;
    const cut = last ? filled : windowEnd(buffer, filled, sizes.overlap);
    const text = buffer.toString('utf8', 0, cut);
    for (const f of scan(text, rules, { path: file })) {
      if (allow.secretAllowed(f.secret)) continue;
      const at = { line: line + f.line - 1, column: f.line === 1 ? column + f.column : f.column };
      const key = `${at.line}:${at.column}:${f.ruleId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...f, ...at, file });
    }
    if (last) return { kind: 'text', findings, bytes: position + filled };
    const next = nextStart(buffer, cut, sizes.overlap);
    ({ line, column } = advance(buffer.toString('utf8', 0, next), line, column));
    position += next;
  }
}

/** UTF-16 text (with a BOM): decoded whole, up to MAX_CONTENT_BYTES, then scanned like a window. */
async function scanWhole(source: ByteSource, encoding: TextEncoding, file: string, rules: readonly Rule[], allow: Allowlist): Promise<SourceResult> {
  if (source.sizeHint > MAX_CONTENT_BYTES) return { kind: 'too-large', size: source.sizeHint };
  const buffer = Buffer.allocUnsafe(source.sizeHint + 1);
  const filled = await readFully(source, buffer, 0);
  // The file grew past its size since fstat: treat it as too large rather than scan part of it.
  if (filled > source.sizeHint) return { kind: 'too-large', size: filled };
  const findings = placeFindings(scan(decodeText(buffer.subarray(0, filled), encoding), rules, { path: file }), file, 1, allow);
  return { kind: 'text', findings, bytes: filled };
}

async function readFully(source: ByteSource, into: Buffer, position: number): Promise<number> {
  let filled = 0;
  while (filled < into.length) {
    const n = await source.read(into.subarray(filled), position + filled);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}

/** After the last newline if it leaves real progress past the overlap, else at a character boundary. */
function windowEnd(buffer: Buffer, filled: number, overlap: number): number {
  const newline = buffer.lastIndexOf(NEWLINE, filled - 1);
  if (newline + 1 > 2 * overlap) return newline + 1;
  // One huge line: cut before the last character, which may be incomplete (its bytes may not all be read).
  return charBoundary(buffer, filled - 1);
}

/** Start the next window at a line start within the overlap if there is one, else mid-line. */
function nextStart(buffer: Buffer, cut: number, overlap: number): number {
  const from = charBoundary(buffer, cut - overlap);
  const lineStart = buffer.lastIndexOf(NEWLINE, from - 1) + 1;
  return lineStart > cut - 2 * overlap && lineStart > 0 ? lineStart : from;
}

/** The start of the character holding byte `at` (UTF-8 continuation bytes are 10xxxxxx). */
function charBoundary(buffer: Buffer, at: number): number {
  let i = at;
  while (i > 0 && ((buffer[i] ?? 0) & 0xc0) === 0x80) i--;
  return i;
}

/** Line and column after `skipped`, the text between two window starts. */
function advance(skipped: string, line: number, column: number): { line: number; column: number } {
  const lastNewline = skipped.lastIndexOf('\n');
  if (lastNewline < 0) return { line, column: column + skipped.length };
  let count = 0;
  for (let i = skipped.indexOf('\n'); i >= 0; i = skipped.indexOf('\n', i + 1)) count++;
  return { line: line + count, column: skipped.length - lastNewline - 1 };
}
