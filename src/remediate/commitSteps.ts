import type { HistoryFacts, ReportFinding } from '../report/types.js';
import { localMessageSteps, PUSHED_MESSAGE_STEP } from './messageSteps.js';
import { appendAll } from '../collect.js';
import { linesByFile } from './linesByFile.js';
import { SCRUB_COMMAND } from './scrubStep.js';
import { shellQuote } from './shellQuote.js';
import type { NextStep } from './stepCounter.js';

/**
 * Step 3 (and 4) for keys found in commits (scan-history, check-push): the advice depends on
 * where the key has been. Committed but not pushed: rewrite the local commits — amend the last
 * one (git-commit(1) --amend), or reset/rebase from the oldest bad one (git-reset(1) --soft,
 * git-rebase(1) -i). Pushed: the remote and every clone have it, so history must be scrubbed
 * and force-pushed, and copies outside git's reach (platform caches, pull-request refs) purged.
 */
export function commitSteps(findings: readonly ReportFinding[], facts: HistoryFacts | undefined, push: boolean, next: NextStep): string[] {
  // A key in a message is reworded, not edited out of a file (messageSteps).
  const local = findings.filter((f) => !f.pushed && f.in === undefined);
  const localMessages = findings.filter((f) => !f.pushed && f.in !== undefined);
  const pushed = findings.filter((f) => f.pushed);
  const lines: string[] = [];
  if (local.length > 0) appendAll(lines, rewriteSteps(local, facts, push, next()));
  if (localMessages.length > 0) appendAll(lines, localMessageSteps(localMessages, facts?.head ?? null, next));
  if (pushed.length > 0) appendAll(lines, scrubSteps(pushed, next()));
  return lines;
}

function rewriteSteps(local: readonly ReportFinding[], facts: HistoryFacts | undefined, push: boolean, step: number): string[] {
  const lines = [`  ${step}. Take the key out of your commits. They are not pushed yet, so rewriting your local history cleans them:`];
  if (facts?.bare === true) {
    lines.push('     - this repository is bare (no work tree): clone it, do the steps below in the clone, then push the branch back here with --force-with-lease');
  }
  const first = facts?.firstBad;
  const edit = `edit ${editList(local)} and remove the key`;
  if (first && first.commit === facts?.head) {
    lines.push(
      `     - it is in the last commit (${first.commit.slice(0, 12)}): ${edit}, then`,
      `         git add -- ${files(local).map(shellQuote).join(' ')}`,
      '         git commit --amend --no-edit',
    );
  } else if (first) {
    const base = first.root ? '--root' : `${first.commit.slice(0, 12)}^`;
    lines.push(`     - the oldest commit with a key on this branch is ${first.commit.slice(0, 12)}. Either redo everything since then as one commit:`);
    if (!first.root) lines.push(`         git reset --soft ${base}`, `         ${edit}, then git add -A and git commit`, '       or fix only the commits that added it:');
    lines.push(
      `         git rebase -i ${base}`,
      '         (mark those commits "edit"; at each stop remove the key, git add, git commit --amend, git rebase --continue)',
    );
  }
  if (facts && facts.elsewhere.length > 0) {
    lines.push(`     - not on this branch: ${facts.elsewhere.map((c) => c.slice(0, 12)).join(', ')}: check out the branch holding each and do the same`);
  }
  lines.push(`     Then ${push ? 'push again' : 'push'}.`);
  return lines;
}

function scrubSteps(pushed: readonly ReportFinding[], step: number): string[] {
  const where = [...new Set(pushed.map((f) => f.pushedTo).filter((r) => r !== undefined))].slice(0, 3).join(', ');
  return [
    `  ${step}. Take it out of history: the remote${where ? ` (${where})` : ''} and every clone of it hold it.`,
    `     - scrub it from every commit: ${SCRUB_COMMAND}`,
    '       (writes a git filter-repo expressions file and prints the exact commands; the key itself is never printed)',
    ...(pushed.some((f) => f.in !== undefined) ? [PUSHED_MESSAGE_STEP] : []),
    '     - force-push the rewritten history: git push --force-with-lease --all && git push --force-with-lease --tags',
    '     - tell every collaborator to re-clone: an old clone still holds the key and can push it back',
    '     - hosting platforms keep their own copies (cached views, forks, pull-request refs): ask their support to purge them',
  ];
}

function files(findings: readonly ReportFinding[]): string[] {
  return [...new Set(findings.map((f) => f.file))];
}

function editList(findings: readonly ReportFinding[]): string {
  return [...linesByFile(findings)]
    .slice(0, 5)
    .map(([file, lines]) => `${file} (line ${lines})`)
    .join(', ');
}
