import { describe, expect, it } from 'vitest';
import { buildRemediation } from '../../../src/remediate/buildRemediation.js';
import { formatJson } from '../../../src/report/formatJson.js';
import type { HistoryFacts, ReportFinding } from '../../../src/report/types.js';
import { stagedOpenAi } from '../../helpers/reportFindings.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const staged = stagedOpenAi;
const committed: ReportFinding = { ...staged, commit: C1, authorDate: '2024-05-01T10:00:00+02:00', pushed: false, alsoIn: [], occurrences: 1 };
const pushed: ReportFinding = { ...committed, pushed: true, pushedTo: 'origin/main' };
const text = (findings: ReportFinding[], scope: 'history' | 'push', history: HistoryFacts) =>
  buildRemediation(findings, { firstCommit: false, scope, history }).join('\n');

describe('stage-aware remediation', () => {
  it('rewords a key in a message: amend the last commit, rebase -i reword an older one, recreate a tag; pushed: --replace-message', () => {
    const inMessage: ReportFinding = { ...committed, file: '', in: 'commit-message' };
    const older: ReportFinding = { ...inMessage, commit: C2 };
    const inTag: ReportFinding = { ...inMessage, commit: '3'.repeat(40), in: 'tag-message' };
    const out = text([inMessage, older, inTag, committed], 'push', { head: C1, firstBad: { commit: C1, root: false }, elsewhere: [] });
    expect(out).toContain('  1. Revoke the key now');
    expect(out).toContain('  2. Take the key out of your commits');
    expect(out).toContain('  3. Take the key out of the messages');
    expect(out).toContain(`the message of the last commit (${C1.slice(0, 12)}): git commit --amend`);
    expect(out).toContain(`git rebase -i ${C2.slice(0, 12)}^ and mark that commit "reword"`);
    expect(out).toContain('git tag -f -a <tag> <tag>^{}');
    expect(out).not.toContain('edit  (line');
    const scrubbed = text([{ ...inMessage, pushed: true }], 'push', { head: C1, elsewhere: [] });
    expect(scrubbed).toContain('--replace-message');
    expect(scrubbed).not.toContain('Take the key out of the messages');
  });

  it('check-message: nothing is committed, commit again with the message edited', () => {
    const pending: ReportFinding = { ...staged, file: '.git/COMMIT_EDITMSG', in: 'commit-message' };
    const out = buildRemediation([pending], { firstCommit: false, scope: 'message' }).join('\n');
    expect(out).toContain('git commit -e -F .git/COMMIT_EDITMSG');
    expect(out).toContain('git commit --no-verify');
    expect(out).not.toContain('git add');
  });

  it('amends when the only commit with a key is the last one', () => {
    const out = text([committed], 'push', { head: C1, firstBad: { commit: C1, root: false }, elsewhere: [] });
    expect(out).toContain('They are not pushed yet');
    expect(out).toContain('git add -- src/app.ts\n         git commit --amend --no-edit');
    expect(out).toContain('Then push again');
    expect(out).toContain('git push --no-verify');
    expect(out).not.toContain('rebase');
  });

  it('resets or rebases from the oldest bad commit, --root for a root commit, and names other branches', () => {
    const older = text([committed], 'history', { head: C2, firstBad: { commit: C1, root: false }, elsewhere: [C2] });
    expect(older).toContain(`git reset --soft ${C1.slice(0, 12)}^`);
    expect(older).toContain(`git rebase -i ${C1.slice(0, 12)}^`);
    expect(older).toContain(`not on this branch: ${C2.slice(0, 12)}`);
    expect(older).not.toContain('--amend --no-edit');
    const root = text([committed], 'history', { head: C2, firstBad: { commit: C1, root: true }, elsewhere: [] });
    expect(root).toContain('git rebase -i --root');
    expect(root).not.toContain('git reset --soft');
  });

  it('for a pushed key: revoke NOW, usage, scrub, force-push, re-clone, platform caches', () => {
    const out = text([pushed], 'history', { head: C2, elsewhere: [] });
    expect(out).toContain('1. Revoke the key NOW, then create a new one and deploy it: it was pushed (origin/main)');
    expect(out).toContain('- OpenAI (1 key, OPENAI_API_KEY): https://platform.openai.com/api-keys\n       usage: https://platform.openai.com/usage');
    expect(out.match(/[Rr]evoke/g)).toHaveLength(1);
    expect(out).toContain('npx keyguard scrub --write-replacements');
    expect(out).toContain('git push --force-with-lease --all');
    expect(out).toContain('re-clone');
    expect(out).toContain('pull-request refs');
    expect(out).not.toContain('rewriting your local history cleans them');
  });

  it('a staged key: taken out first, rotated (new key before revoking the old) only if it was shared', () => {
    const out = buildRemediation([staged], { firstCommit: false }).join('\n');
    expect(out).toContain('1. Take the key out of the code');
    expect(out).toContain('2. Not committed, so the key never left this machine');
    expect(out).toContain('create a new key, deploy it, then revoke the old one');
    expect(out).toContain('git commit --no-verify');
    expect(out).not.toContain('Revoke the key');
    expect(out).not.toContain('usage:');
  });
});

describe('formatJson history fields', () => {
  const stats = { files: 1, bytes: 10, binarySkipped: 0, ms: 1 };
  it('adds commit, authorDate, pushed, alsoIn, occurrences after fingerprint, and commits to stats', () => {
    const finding = { ...pushed, alsoIn: [{ commit: C2, file: 'b.ts', line: 9 }], occurrences: 2 };
    const parsed = JSON.parse(formatJson({ findings: [finding], stats: { ...stats, commits: 7 }, notes: [], firstCommit: false }));
    expect(Object.keys(parsed.findings[0]).slice(7)).toEqual(['fingerprint', 'commit', 'authorDate', 'pushed', 'alsoIn', 'occurrences']);
    expect(parsed.findings[0]).toMatchObject({ commit: C1, pushed: true, alsoIn: [{ commit: C2, file: 'b.ts', line: 9 }], occurrences: 2 });
    expect(parsed.stats).toEqual({ ...stats, commits: 7 });
  });

  it('leaves a staged finding exactly as before', () => {
    const parsed = JSON.parse(formatJson({ findings: [staged], stats, notes: [], firstCommit: false }));
    expect(Object.keys(parsed.findings[0])).toEqual(['ruleId', 'provider', 'severity', 'file', 'line', 'column', 'redacted', 'fingerprint']);
    expect(Object.keys(parsed.stats)).toEqual(['files', 'bytes', 'binarySkipped', 'ms']);
  });
});
