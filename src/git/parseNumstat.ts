import { KeyguardError } from '../errors.js';
import { NUMSTAT_MISMATCH } from '../messages.js';

/** One file of `git diff --numstat -z`: added lines (undefined for a binary file) and the new path. */
export interface NumstatEntry {
  readonly added: number | undefined;
  readonly path: string;
}

const COUNTS = /^(\d+|-)\t(?:\d+|-)\t/;

/**
 * git-diff(1) "Other diff formats", --numstat with -z: `added TAB deleted TAB path NUL`, or for a
 * rename or copy `added TAB deleted TAB NUL old NUL new NUL`; `-` counts for a binary file.
 */
export function parseNumstat(output: string): NumstatEntry[] {
  const records = output.split('\0');
  if (records.pop() !== '') throw new KeyguardError('internal', NUMSTAT_MISMATCH); // ends with a NUL unless empty
  const entries: NumstatEntry[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] ?? '';
    const m = COUNTS.exec(record);
    if (!m) throw new KeyguardError('internal', NUMSTAT_MISMATCH);
    const inline = record.slice(m[0].length);
    const path = inline === '' ? records[(i += 2)] : inline;
    if (path === undefined) throw new KeyguardError('internal', NUMSTAT_MISMATCH);
    entries.push({ added: m[1] === '-' ? undefined : Number(m[1]), path });
  }
  return entries;
}
