import type { HistoryFacts, ReportFinding, ReportScope } from '../report/types.js';
import { commitSteps } from './commitSteps.js';
import { pendingMessageSteps } from './messageSteps.js';
import { appendAll, pushToGroup } from '../collect.js';
import { linesByFile } from './linesByFile.js';
import { isSecretFileFinding, secretFileSteps } from './secretFileSteps.js';
import { shellQuote } from './shellQuote.js';
import { workingTreeSteps } from './workingTreeSteps.js';

/**
 * The remediation block printed under blocking findings: revoke, rotate, clean the
 * commit, and what to do about a false positive. Written for a developer who was
 * just blocked and wants exact steps, not a lecture.
 */
export function buildRemediation(
  findings: readonly ReportFinding[],
  context: { firstCommit: boolean; scope?: ReportScope; history?: HistoryFacts },
): string[] {
  if (findings.length === 0) return [];
  const scope = context.scope ?? 'staged';
  // Staged secret files (.env, id_rsa) have their own steps: unstage, ignore, keep a template.
  const files = scope === 'staged' ? findings.filter(isSecretFileFinding) : [];
  const keys = files.length === 0 ? findings : findings.filter((f) => !isSecretFileFinding(f));
  const lines = files.length > 0 ? secretFileSteps(files, context.firstCommit) : [];
  for (const group of groupByProvider(keys)) appendAll(lines, providerSteps(group));
  if (keys.length > 0) appendAll(lines, stageSteps(keys, scope, context));
  // A whole file takes no keyguard:allow comment: only the path allowlist can accept it.
  if (keys.length === 0) lines.push('  Meant to be committed? List the path in allowlist.paths of your keyguard config,', '  or bypass this check once, consciously: git commit --no-verify');
  else appendAll(lines, falsePositiveSteps(scope));
  return lines;
}

/** Step 3: what to do depends on where the key is (staged, in a file, committed, pushed). */
function stageSteps(findings: readonly ReportFinding[], scope: ReportScope, context: { firstCommit: boolean; history?: HistoryFacts }): string[] {
  if (scope === 'history' || scope === 'push') return commitSteps(findings, context.history, scope === 'push');
  if (scope === 'message') return pendingMessageSteps(findings);
  return scope === 'staged' ? historySteps(findings, context.firstCommit) : workingTreeSteps(findings, scope === 'working-tree');
}

function groupByProvider(findings: readonly ReportFinding[]): ReportFinding[][] {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) pushToGroup(groups, f.provider, f);
  return [...groups.values()];
}

function providerSteps(group: readonly ReportFinding[]): string[] {
  const first = group[0]!;
  const { revokeUrl, usageUrl, envVar, advice } = first.links;
  const count = new Set(group.map((f) => f.fingerprint)).size;
  const name = envVar ?? `${first.provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_KEY`;
  const pushed = group.find((f) => f.pushed);
  return [
    `How to fix it: ${first.provider} (${count} key${count === 1 ? '' : 's'})`,
    ...(pushed ? pushedRevoke(revokeUrl, usageUrl, pushed.pushedTo) : [
      `  1. Revoke the key now: ${revokeUrl}`,
      '     Treat a key that was pasted into a file as exposed, even if it never left this machine.',
    ]),
    '  2. Rotate: create a new key and keep it out of the code:',
    '     - store it in an environment variable or a secrets manager',
    '       (a local .env file must be listed in .gitignore)',
    `     - read it at run time: process.env.${name} (Node), os.environ["${name}"] (Python)`,
    '     - deploy, check the new key works, then revoke the old one',
    ...(usageUrl && !pushed ? [`     - review recent usage for calls you did not make: ${usageUrl}`] : []),
    ...(advice ?? []).map((line) => `     ${line}`),
    '',
  ];
}

/** A pushed key is public to whoever can read the remote: revoke first, then look for abuse. */
function pushedRevoke(revokeUrl: string, usageUrl: string | undefined, pushedTo: string | undefined): string[] {
  return [
    `  1. Revoke the key NOW: ${revokeUrl}`,
    `     It was pushed${pushedTo ? ` (${pushedTo})` : ''}: assume someone else already has it.`,
    ...(usageUrl ? [`     Review its recent usage for calls you did not make: ${usageUrl}`] : []),
  ];
}

function historySteps(findings: readonly ReportFinding[], firstCommit: boolean): string[] {
  // Before the first commit there is no HEAD to restore from (git-restore(1)); git rm --cached
  // unstages the file and keeps it on disk.
  const unstage = firstCommit ? 'git rm --cached --' : 'git restore --staged --';
  const byFile = linesByFile(findings);
  const files = [...byFile.keys()];
  const committed = findings.filter((f) => f.inHead.length > 0);
  const lines = [
    '  3. Take the key out of this commit. It is only staged, so history is still clean:',
    ...files.map((file) => `     - edit ${file} and remove the key (line ${byFile.get(file)})`),
    `     - git add -- ${files.map(shellQuote).join(' ')}`,
    '     - commit again',
    `     To leave a file out of this commit instead: ${unstage} ${shellQuote(files[0]!)}`,
  ];
  if (committed.length > 0) appendAll(lines, alreadyCommitted(committed));
  return [...lines, ''];
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

function falsePositiveSteps(scope: ReportScope): string[] {
  // Committed lines cannot take a keyguard:allow comment any more; the config allowlist can.
  if (scope === 'history' || scope === 'push') {
    return [
      '  Not a real key? Allow it in your keyguard config (allowlist.regexes or allowlist.paths)'
        + (scope === 'push' ? ',\n  or bypass this check once, consciously: git push --no-verify' : '.'),
    ];
  }
  if (scope === 'message') {
    return ['  Not a real key? Allow it in your keyguard config (allowlist.regexes),', '  or bypass this check once, consciously: git commit --no-verify'];
  }
  return [
    '  Not a real key? Add a comment containing keyguard:allow (and why) on that line',
    scope === 'staged'
      ? '  or the line before, or bypass this check once, consciously: git commit --no-verify'
      : '  or the line before, or accept it in .keyguard-baseline.json (keyguard baseline).',
  ];
}
