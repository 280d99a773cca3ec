import type { ReportFinding } from '../report/types.js';
import { appendAll } from '../collect.js';
import { linesByFile } from './linesByFile.js';
import { shellQuote } from './shellQuote.js';

/**
 * Step 3 of the remediation for `keyguard scan` findings: the key sits in a file of the working
 * tree, which may or may not be committed. HEAD's tree tells (findInHead): a key also found there
 * is in history, so editing the file is not enough; one not found there may still be in an older
 * commit, which only `scan-history` can tell. Outside a repository (`inRepository` false) there is
 * no history to speak of.
 */
export function workingTreeSteps(findings: readonly ReportFinding[], inRepository: boolean): string[] {
  const byFile = linesByFile(findings);
  const files = [...byFile.keys()];
  const lines = [
    '  3. Take the key out of the file:',
    ...files.map((file) => `     - edit ${file} and remove the key (line ${byFile.get(file)})`),
  ];
  if (!inRepository) return [...lines, ''];
  const committed = findings.filter((f) => f.inHead.length > 0);
  const committedFiles = new Set(committed.map((f) => f.file));
  const loose = files.filter((file) => !committedFiles.has(file));
  if (loose.length > 0) {
    lines.push(
      `     Not in the last commit (HEAD). Check it is not staged (git diff --cached -- ${loose.map(shellQuote).join(' ')})`,
      '     and that no older commit has it: keyguard scan-history',
    );
  }
  if (committed.length > 0) appendAll(lines, committedSteps(committed));
  return [...lines, ''];
}

/** git-commit(1) --amend rewrites the last commit; older ones need history rewritten (git-filter-repo). */
function committedSteps(committed: readonly ReportFinding[]): string[] {
  const where = [...new Set(committed.flatMap((f) => f.inHead.map((h) => `${h.file}:${h.line}`)))];
  return [
    `     Already committed (HEAD: ${where.slice(0, 5).join(', ')}${where.length > 5 ? ', …' : ''}): history holds it,`,
    '     so revoking it (step 1) is not optional. Then remove it from history:',
    '       added by the last commit only: edit the file, git add, git commit --amend',
    '       older commits: git filter-repo --replace-text <file listing the key>   (https://github.com/newren/git-filter-repo)',
    '       if it was pushed: git push --force-with-lease, and ask collaborators to re-clone.',
  ];
}
