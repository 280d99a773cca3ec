import { classifySecretFile } from '../detect/secretFiles.js';
import type { ReportFinding } from '../report/types.js';
import { shellQuote } from './shellQuote.js';

/** Rule ids of path-based findings (src/detect/secretFiles.ts) start with this. */
export const SECRET_FILE_PREFIX = 'secret-file-';

export function isSecretFileFinding(f: ReportFinding): boolean {
  return f.ruleId.startsWith(SECRET_FILE_PREFIX);
}

/**
 * Steps for a staged secret file: the file itself must stay out of git. Before the first commit
 * there is no HEAD to restore from (git-restore(1)): `git rm --cached` unstages and keeps the file.
 * The `.gitignore` line is the file's name or its pattern (gitignore(5): a pattern without a
 * slash matches in every directory).
 */
export function secretFileSteps(findings: readonly ReportFinding[], firstCommit: boolean): string[] {
  const files = [...new Set(findings.map((f) => f.file))];
  const unstage = firstCommit ? 'git rm --cached --' : 'git restore --staged --';
  const ignoreLines = [...new Set(files.flatMap((file) => classifySecretFile(file)?.gitignoreLine ?? []))];
  const lines = [
    `How to fix it: ${files.length} secret file(s) staged`,
    '  1. Take the file out of this commit (it stays on disk):',
    `       ${unstage} ${files.map(shellQuote).join(' ')}`,
    '  2. Keep it out for good: add these lines to .gitignore, then git add .gitignore',
    ...ignoreLines.map((line) => `       ${line}`),
  ];
  if (findings.some((f) => f.ruleId === `${SECRET_FILE_PREFIX}env`)) {
    lines.push(
      '  3. Commit a .env.example instead: the same variable names with empty values',
      '     (OPENAI_API_KEY=), so others know what to set without seeing your keys.',
    );
  }
  lines.push('  It was only staged, so nothing has leaked. If it was ever committed or shared, rotate what it holds.', '');
  return lines;
}
