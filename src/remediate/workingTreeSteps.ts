import type { ReportFinding } from '../report/types.js';
import { shellQuote } from './shellQuote.js';

/**
 * `keyguard scan` in a repository: a key in a file of the working tree may or may not be committed.
 * HEAD's tree tells (findInHead): a key found there gets the scrub step; one not found there may
 * still be staged or in an older commit, which only `git diff --cached` and `scan-history` can tell.
 */
export function workingTreeNotes(findings: readonly ReportFinding[]): string[] {
  const committedFiles = new Set(findings.filter((f) => f.inHead.length > 0).map((f) => f.file));
  const loose = [...new Set(findings.map((f) => f.file))].filter((file) => !committedFiles.has(file));
  if (loose.length === 0) return [];
  return [
    `     Not in the last commit (HEAD). Check it is not staged (git diff --cached -- ${loose.map(shellQuote).join(' ')})`,
    '     and that no older commit has it: keyguard scan-history',
  ];
}
