import type { Allowlist } from '../config/allowlist.js';
import { scan } from '../detect/scan.js';
import type { Rule } from '../detect/types.js';
import type { PlacedFinding } from './locateFindings.js';

/** Random access to the bytes of one file (or of standard input, already in memory). */
export interface ByteSource {
  /** Total size if known up front (fstat); only sizes the first buffer. */
  readonly sizeHint: number;
  /** Fill `into` from byte `position`; returns the bytes read, 0 at the end. */
  read(into: Buffer, position: number): Promise<number>;
}

export type SourceResult =
  | { readonly kind: 'text'; readonly findings: PlacedFinding[]; readonly bytes: number }
  | { readonly kind: 'binary' };

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

/** git's binary heuristic: a NUL byte in the first 8000 bytes (xdiff-interface.c buffer_is_binary). */
const BINARY_PROBE = 8000;
const NEWLINE = 0x0a;

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
    if (position === 0 && buffer.subarray(0, Math.min(filled, BINARY_PROBE)).includes(0)) return { kind: 'binary' };
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
