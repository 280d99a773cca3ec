import type { ReportFinding } from '../report/types.js';
import { shellQuote } from './shellQuote.js';

/**
 * The remediation block printed under blocking findings: revoke, rotate, clean the
 * commit, and what to do about a false positive. Written for a developer who was
 * just blocked and wants exact steps, not a lecture.
 */
export function buildRemediation(findings: readonly ReportFinding[], context: { firstCommit: boolean }): string[] {
  if (findings.length === 0) return [];
  const lines: string[] = [];
  for (const group of groupByProvider(findings)) lines.push(...providerSteps(group));
  lines.push(...historySteps(findings, context.firstCommit), ...falsePositiveSteps());
  return lines;
}

function groupByProvider(findings: readonly ReportFinding[]): ReportFinding[][] {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) groups.set(f.provider, [...(groups.get(f.provider) ?? []), f]);
  return [...groups.values()];
}

function providerSteps(group: readonly ReportFinding[]): string[] {
  const first = group[0]!;
  const { revokeUrl, usageUrl, envVar } = first.links;
  const count = new Set(group.map((f) => f.fingerprint)).size;
  const name = envVar ?? `${first.provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_KEY`;
  return [
    `How to fix it: ${first.provider} (${count} key${count === 1 ? '' : 's'})`,
    `  1. Revoke the key now: ${revokeUrl}`,
    '     Treat a key that was pasted into a file as exposed, even if it never left this machine.',
    '  2. Rotate: create a new key and keep it out of the code:',
    '     - store it in an environment variable or a secrets manager',
    '       (a local .env file must be listed in .gitignore)',
    `     - read it at run time: process.env.${name} (Node), os.environ["${name}"] (Python)`,
    '     - deploy, check the new key works, then revoke the old one',
    ...(usageUrl ? [`     - review recent usage for calls you did not make: ${usageUrl}`] : []),
    '',
  ];
}

function historySteps(findings: readonly ReportFinding[], firstCommit: boolean): string[] {
  // Before the first commit there is no HEAD to restore from (git-restore(1)); git rm --cached
  // unstages the file and keeps it on disk.
  const unstage = firstCommit ? 'git rm --cached --' : 'git restore --staged --';
  const files = [...new Set(findings.map((f) => f.file))];
  const committed = findings.filter((f) => f.inHead.length > 0);
  const lines = [
    '  3. Take the key out of this commit. It is only staged, so history is still clean:',
    ...files.map((file) => `     - edit ${file} and remove the key (line ${linesOf(findings, file)})`),
    `     - git add -- ${files.map(shellQuote).join(' ')}`,
    '     - commit again',
    `     To leave a file out of this commit instead: ${unstage} ${shellQuote(files[0]!)}`,
  ];
  if (committed.length > 0) lines.push(...alreadyCommitted(committed));
  return [...lines, ''];
}

function linesOf(findings: readonly ReportFinding[], file: string): string {
  return [...new Set(findings.filter((f) => f.file === file).map((f) => f.line))].join(', ');
}

function alreadyCommitted(committed: readonly ReportFinding[]): string[] {
  const where = committed.flatMap((f) => f.inHead.map((h) => `${h.file}:${h.line}`));
  return [
    `     But the same key is already committed (HEAD: ${[...new Set(where)].slice(0, 5).join(', ')}).`,
    '     History already holds it, so revoking it (step 1) is not optional. Then scrub it:',
    '       git filter-repo --replace-text <file listing the key>   (https://github.com/newren/git-filter-repo)',
    '       git push --force-with-lease --all   and ask collaborators to re-clone.',
  ];
}

function falsePositiveSteps(): string[] {
  return [
    '  Not a real key? Add a comment containing keyguard:allow (and why) on that line',
    '  or the line before, or bypass this check once, consciously: git commit --no-verify',
  ];
}
