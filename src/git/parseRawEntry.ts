import { KeyguardError } from '../errors.js';

/** The metadata record of one `--raw -z` entry; its path(s) follow as separate NUL-terminated records. */
export interface RawEntry {
  /** File modes as numbers (0 for "does not exist on this side"). */
  readonly srcMode: number;
  readonly dstMode: number;
  /** Blob ids (hex, all zeros for "does not exist on this side"). */
  readonly srcId: string;
  readonly dstId: string;
  /** Status letter without the similarity score ("R086" → "R"). */
  readonly status: string;
  /** Renames and copies name two paths (source, then destination); everything else one. */
  readonly pathCount: 1 | 2;
}

/**
 * git-diff(1) "RAW OUTPUT FORMAT", with -z: `:<srcmode> <dstmode> <srcsha> <dstsha> <status>[score]`.
 * SHAs are 40 (SHA-1) or 64 (SHA-256) hex digits with --no-abbrev.
 */
const RAW = /^:([0-7]{6}) ([0-7]{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])(\d*)$/;

export function parseRawEntry(record: string): RawEntry {
  const m = RAW.exec(record);
  // Not quoted: if we lost our place in the stream, the record could be file content.
  if (!m) throw new KeyguardError('internal', "unexpected record in git's raw diff output");
  const status = m[5] ?? '';
  return {
    srcMode: Number.parseInt(m[1] ?? '', 8),
    dstMode: Number.parseInt(m[2] ?? '', 8),
    srcId: m[3] ?? '',
    dstId: m[4] ?? '',
    status,
    pathCount: status === 'R' || status === 'C' ? 2 : 1,
  };
}
