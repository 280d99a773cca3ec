import { KeyguardError } from '../errors.js';
import type { HistoryCommit } from './types.js';

/**
 * The header streamHistory asks `git log` for: `commit <id>\t<parent ids>\t<author date>`
 * (`%H%x09%P%x09%aI`, git-log(1) "PRETTY FORMATS"). Ids are 40 (SHA-1) or 64 (SHA-256) hex
 * digits, parents are space-separated (none for a root or a shallow boundary), the date is
 * strict ISO 8601, taken as is (a malformed date in an old commit must not stop the scan).
 * Nothing from the commit message is in it, so no user text can be.
 */
const HEADER = /^commit ([0-9a-f]{40}(?:[0-9a-f]{24})?)\t((?:[0-9a-f]{40,64}(?: [0-9a-f]{40,64})*)?)\t([^\t]*)$/;

export function parseCommitHeader(record: string): HistoryCommit {
  const m = HEADER.exec(record);
  // Not quoted: if we lost our place in the stream, the record could be file content.
  if (!m) throw new KeyguardError('internal', "unexpected commit header in git's log output");
  return { id: m[1] ?? '', parents: m[2] ? m[2].split(' ') : [], authorDate: m[3] ?? '' };
}
