import type { ReportFinding } from '../report/types.js';
import { shellQuote } from './shellQuote.js';
import type { NextStep } from './stepCounter.js';

/**
 * check-message (the commit-msg hook): the key is only in the message being written, nothing was
 * committed. git leaves the message in the file it passed the hook (githooks(5) "commit-msg"),
 * so `git commit -e -F <file>` reopens it for editing (git-commit(1) -F, -e).
 */
export function pendingMessageSteps(findings: readonly ReportFinding[], next: NextStep): string[] {
  const file = findings[0]?.file ?? '.git/COMMIT_EDITMSG';
  return [
    `  ${next()}. Take the key out of the commit message (nothing was committed):`,
    `     - commit again with the message edited (line ${lineList(findings)}): git commit -e -F ${shellQuote(file)}`,
    `       ${file} keeps the message until your next commit overwrites it.`,
  ];
}

/**
 * Keys in messages of commits and annotated tags that are not pushed: reword them. The last
 * commit: `git commit --amend` opens its message (git-commit(1)); an older one: `git rebase -i`
 * and mark it "reword" (git-rebase(1) "COMMANDS"); a tag: create it again over the same object,
 * `git tag -f -a <tag> <tag>^{}` (git-tag(1); gitrevisions(7) `^{}`).
 */
export function localMessageSteps(findings: readonly ReportFinding[], head: string | null, next: NextStep): string[] {
  const lines = [`  ${next()}. Take the key out of the messages. They are not pushed yet, so rewording them locally is enough:`];
  for (const id of new Set(findings.filter((f) => f.in === 'commit-message').map((f) => f.commit!))) {
    const short = id.slice(0, 12);
    lines.push(id === head
      ? `     - the message of the last commit (${short}): git commit --amend, and remove the key from the message`
      : `     - the message of commit ${short}: git rebase -i ${short}^ and mark that commit "reword" (remove the key when the editor opens)`);
  }
  for (const id of new Set(findings.filter((f) => f.in === 'tag-message').map((f) => f.commit!))) {
    lines.push(`     - the message of the annotated tag object ${id.slice(0, 12)}: make the tag again with a clean message, git tag -f -a <tag> <tag>^{}`);
  }
  lines.push('     Then push.');
  return lines;
}

/** Pushed keys in messages: git filter-repo rewrites commit and tag messages with the same expressions file. */
export const PUSHED_MESSAGE_STEP =
  '     - a key in a commit or tag message: also pass --replace-message with the same file to git filter-repo';

function lineList(findings: readonly ReportFinding[]): string {
  return [...new Set(findings.map((f) => f.line))].join(', ');
}
