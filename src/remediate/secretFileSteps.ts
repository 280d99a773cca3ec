import { classifySecretFile } from '../detect/secretFiles.js';
import type { ReportFinding } from '../report/types.js';
import { shellQuote } from './shellQuote.js';
import type { NextStep } from './stepCounter.js';

/** Rule ids of path-based findings (src/detect/secretFiles.ts) start with this. */
export const SECRET_FILE_PREFIX = 'secret-file-';

export function isSecretFileFinding(f: ReportFinding): boolean {
  return f.ruleId.startsWith(SECRET_FILE_PREFIX);
}

/**
 * Steps for a staged secret file: the file stays on disk (the app reads it there) and out of git.
 * A file new to this commit leaves the index with `git restore --staged` (git-restore(1)), which
 * never refuses; `git rm --cached` refuses when the file was edited again after `git add` (its
 * staged content then differs "from both the file and the HEAD", git-rm(1)). `git rm --cached` is
 * still the command for a file HEAD tracks (it must stop being tracked) and before the first commit
 * (no HEAD to restore from). Editing the file and adding it again would only be blocked again.
 * The `.gitignore` line is the file's name or its pattern (gitignore(5): a pattern without a slash
 * matches in every directory), asked for only for files git does not ignore yet (`ignored`).
 */
export function secretFileSteps(
  findings: readonly ReportFinding[], ignored: ReadonlySet<string>, firstCommit: boolean, next: NextStep,
): string[] {
  const files = [...new Set(findings.map((f) => f.file))];
  const tracked = new Set(findings.filter((f) => f.inHead.length > 0).map((f) => f.file));
  const untrack = files.filter((file) => firstCommit || tracked.has(file));
  const unstage = files.filter((file) => !firstCommit && !tracked.has(file));
  const missing = files.filter((file) => !ignored.has(file));
  const ignoreLines = [...new Set(missing.flatMap((file) => classifySecretFile(file)?.gitignoreLine ?? []))];
  const lines = [
    `  ${next()}. Take the secret file${files.length === 1 ? '' : 's'} out of this commit; it stays on disk, where your app reads it:`,
  ];
  if (unstage.length > 0) lines.push(`       git restore --staged -- ${unstage.map(shellQuote).join(' ')}`);
  if (untrack.length > 0) lines.push(`       git rm --cached -- ${untrack.map(shellQuote).join(' ')}`);
  const already = files.filter((file) => ignored.has(file));
  if (already.length > 0) lines.push(`     .gitignore already ignores ${already.join(', ')} (staged with git add -f, or tracked from before).`);
  if (ignoreLines.length > 0) lines.push('     Keep it out for good: add to .gitignore, then git add .gitignore:', ...ignoreLines.map((line) => `       ${line}`));
  if (findings.some((f) => f.ruleId === `${SECRET_FILE_PREFIX}env`)) {
    lines.push('     Commit a .env.example instead: the same names with empty values (OPENAI_API_KEY=).');
  }
  return lines;
}

/** A secret file whose content held no key keyguard knows: what it holds is still only local. */
export const SECRET_FILE_ONLY_STAGED = '  It was only staged, so nothing has leaked. If it was ever shared, rotate what it holds.';

/**
 * A secret file HEAD already has: every secret in it is in history, and keyguard may know none of
 * them as a key (a password), so `keyguard scrub` may find nothing to replace. The file goes from
 * every commit with git filter-repo's path filter (git-filter-repo(1) "--path", "--invert-paths").
 */
export function trackedRevokeStep(files: readonly ReportFinding[], next: NextStep): string[] {
  const paths = [...new Set(files.map((f) => f.file))];
  return [`  ${next()}. Revoke every secret in ${paths.join(', ')} now, where it was issued: HEAD already has the file, so it is in history.`];
}

export function trackedHistoryStep(files: readonly ReportFinding[], next: NextStep): string[] {
  const paths = [...new Set(files.map((f) => f.file))];
  return [
    `  ${next()}. Take the file out of history: git filter-repo --invert-paths ${paths.map((p) => `--path ${shellQuote(p)}`).join(' ')}`,
    '     then git push --force-with-lease --all, and collaborators re-clone.',
  ];
}
