import { KeyguardError } from '../errors.js';

export interface HunkHeader {
  /** Lines of the old file in this hunk (`-` and context lines). */
  readonly oldCount: number;
  /** First line of the hunk in the new file (1-based). */
  readonly newStart: number;
  /** Lines of the new file in this hunk (`+` and context lines). */
  readonly newCount: number;
}

/**
 * `@@ -a[,b] +c[,d] @@[ section heading]`, the unified-format hunk header (GNU diff manual
 * "Detailed Unified"; git-diff(1) "-U"): an omitted count means 1. The counts tell exactly how many body lines
 * follow, which is what keeps an added line `+++ x` from being read as a file header.
 */
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseHunkHeader(line: string): HunkHeader {
  const m = HUNK.exec(line);
  // Not quoted: the section heading after `@@` is a line of the file.
  if (!m) throw new KeyguardError('internal', "unexpected hunk header in git's diff output");
  return {
    oldCount: m[1] === undefined ? 1 : Number(m[1]),
    newStart: Number(m[2]),
    newCount: m[3] === undefined ? 1 : Number(m[3]),
  };
}
