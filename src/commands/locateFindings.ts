import type { Allowlist } from '../config/allowlist.js';
import { scan } from '../detect/scan.js';
import type { Finding, Rule } from '../detect/types.js';
import type { AddedBlock } from '../git/types.js';

/** A finding placed in its file. Still holds the secret: lives only inside check-staged. */
export interface PlacedFinding extends Finding {
  readonly file: string;
}

/** Scan one block of added lines and translate block-relative lines to file lines. */
export function locateFindings(block: AddedBlock, rules: readonly Rule[], allow: Allowlist): PlacedFinding[] {
  return withoutBom(block, placeFindings(scan(block.text, rules, { path: block.path }), block.path, block.startLine, allow));
}

/**
 * git shows a UTF-8 file's byte order mark as part of line 1: it decodes to U+FEFF, which is no
 * column anyone sees (keyguard scan and the decoded-content path drop it too).
 */
export function withoutBom(block: AddedBlock, placed: PlacedFinding[]): PlacedFinding[] {
  if (block.startLine !== 1 || !block.text.startsWith('\uFEFF')) return placed;
  return placed.map((f) => (f.line === 1 ? { ...f, column: f.column - 1 } : f));
}

/** Findings of a text that starts at `startLine` of `file`, minus allowlisted secrets, in file lines. */
export function placeFindings(findings: readonly Finding[], file: string, startLine: number, allow: Allowlist): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  for (const f of findings) {
    if (allow.secretAllowed(f.secret)) continue;
    placed.push({ ...f, file, line: startLine + f.line - 1 });
  }
  return placed;
}
