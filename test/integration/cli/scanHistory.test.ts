import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey, fakeRsaPrivateKeyPem } from '../../helpers/fakeKeys.js';
import { runKeyguard } from '../../helpers/runCli.js';
import { makeTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function repo(options: { initialCommit?: boolean } = {}): TempRepo {
  const r = makeTempRepo(options);
  cleanups.push(() => r.cleanup());
  return r;
}

function bareRemote(r: TempRepo): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-remote-')));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  r.git(['init', '-q', '--bare', dir]);
  r.git(['remote', 'add', 'origin', dir]);
  return dir;
}

function commit(r: TempRepo, files: Record<string, string | Buffer>, message: string): string {
  for (const [path, content] of Object.entries(files)) r.write(path, content);
  r.git(['add', '-A']);
  r.git(['commit', '-q', '-m', message]);
  return r.git(['rev-parse', 'HEAD']).trim();
}

interface JsonFinding {
  ruleId: string; file: string; line: number; fingerprint: string; commit: string; authorDate: string; pushed: boolean;
  in?: string; alsoIn: { commit: string; in?: string; file: string; line: number }[]; occurrences: number;
}
const json = (stdout: string) => JSON.parse(stdout) as { findings: JsonFinding[]; stats: Record<string, number> };

describe('keyguard scan-history', () => {
  it('reports each key once at the commit that added it, with where else, pushed or not, and a merge’s own edits', () => {
    const r = repo();
    bareRemote(r);
    const k1 = fakeOpenAiProjectKey();
    const k2 = fakeAwsAccessKeyId();
    const k3 = fakeOpenAiProjectKey();
    const added = commit(r, { 'config.js': `const key = "${k1}";\n`, 'notes.txt': 'a\nb\n' }, 'add config');
    commit(r, { 'config.js': 'const key = process.env.OPENAI_API_KEY;\n' }, 'remove key');
    r.git(['push', '-q', 'origin', 'main']);
    r.git(['checkout', '-q', '-b', 'feature']);
    const readded = commit(r, { 'other.js': `x = "${k1}";\n`, 'aws.env': `AWS_ACCESS_KEY_ID=${k2}\n`, 'notes.txt': 'a\nfeature\n' }, 'feature');
    r.git(['checkout', '-q', 'main']);
    commit(r, { 'notes.txt': 'a\nmain\n' }, 'main edit');
    // A conflict whose resolution adds a key: only the merge commit itself holds it.
    expect(() => r.git(['merge', '-q', 'feature', '-m', 'merge'])).toThrow();
    r.write('notes.txt', `a\nresolved ${k3}\n`);
    r.git(['add', 'notes.txt']);
    r.git(['commit', '-q', '--no-edit']);
    const merge = r.git(['rev-parse', 'HEAD']).trim();

    const run = runKeyguard(r.dir, ['scan-history', '--all', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const { findings, stats } = json(run.stdout);
    expect(stats.commits).toBe(6);
    const byFile = Object.fromEntries(findings.map((f) => [f.file, f]));
    expect(Object.keys(byFile).sort()).toEqual(['aws.env', 'config.js', 'notes.txt']);
    expect(byFile['config.js']).toMatchObject({ commit: added, line: 1, pushed: true, occurrences: 2, alsoIn: [{ commit: readded, file: 'other.js', line: 1 }] });
    expect(byFile['aws.env']).toMatchObject({ commit: readded, pushed: false, occurrences: 1, alsoIn: [] });
    expect(byFile['notes.txt']).toMatchObject({ commit: merge, line: 2, pushed: false });
    expect(byFile['config.js']!.authorDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    // JSON keys: check-staged's, then the history fields after `fingerprint`.
    expect(Object.keys(findings[0]!)).toEqual([
      'ruleId', 'provider', 'severity', 'file', 'line', 'column', 'redacted', 'fingerprint', 'commit', 'authorDate', 'pushed', 'alsoIn', 'occurrences',
    ]);
    for (const key of [k1, k2, k3]) expect(run.stdout).not.toContain(key);

    const text = runKeyguard(r.dir, ['scan-history', '--all']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('3 secrets found in git history');
    expect(text.stdout).toContain(`commit ${added.slice(0, 12)}`);
    expect(text.stdout).toContain('pushed: origin/main');
    expect(text.stdout).toContain('Revoke the key NOW');
    expect(text.stdout).toContain('npx keyguard scrub --write-replacements');
    expect(text.stdout).toContain('git push --force-with-lease --all');
    expect(text.stdout).toContain('support to purge them');
    // The unpushed keys: rewrite from the oldest unpushed commit with a key on this branch.
    expect(text.stdout).toContain(`git rebase -i ${readded.slice(0, 12)}^`);
    expect(text.stdout).toContain(`git reset --soft ${readded.slice(0, 12)}^`);
    expect(text.stdout).toMatch(/scanned 6 commit\(s\)/);
    for (const key of [k1, k2, k3]) expect(text.stdout + text.stderr).not.toContain(key);

    // Default range HEAD; a range limits it; the merge alone holds k3.
    expect(json(runKeyguard(r.dir, ['scan-history', '--format', 'json']).stdout).findings).toHaveLength(3);
    const mergeOnly = json(runKeyguard(r.dir, ['scan-history', `${merge}^1..${merge}`, `^${readded}`, '--format', 'json']).stdout);
    expect(mergeOnly.findings.map((f) => f.file)).toEqual(['notes.txt']);
  });

  it('reports keys in commit messages and annotated-tag messages, in JSON with "in", text and SARIF', () => {
    const r = repo();
    const inMessage = fakeOpenAiProjectKey();
    const inTag = fakeAwsAccessKeyId();
    const bad = commit(r, { 'a.txt': 'a\n' }, `add a\n\nfirst try used ${inMessage}`);
    r.git(['tag', '-a', 'v1', '-m', `release\nAWS_ACCESS_KEY_ID=${inTag}`]);
    const tag = r.git(['rev-parse', 'v1']).trim();
    // The same key later pasted in a file: reported once, at the older commit (its message).
    const later = commit(r, { 'b.txt': `${inMessage}\n` }, 'add b');
    const all = runKeyguard(r.dir, ['scan-history', '--all', '--format', 'json']);
    expect(all.status).toBe(1);
    expect(all.stdout).not.toContain(inMessage);
    expect(all.stdout).not.toContain(inTag);
    const findings = json(all.stdout).findings;
    expect(findings.find((f) => f.ruleId === 'openai-project-key')).toMatchObject({
      in: 'commit-message', file: '', line: 3, commit: bad, pushed: false, occurrences: 2,
      alsoIn: [{ commit: later, file: 'b.txt', line: 1 }],
    });
    expect(findings.find((f) => f.ruleId === 'aws-access-key-id')).toMatchObject({ in: 'tag-message', file: '', line: 2, commit: tag });
    // Revisions cover the tags of the commits read; a range without the tagged commit does not.
    expect(json(runKeyguard(r.dir, ['scan-history', 'HEAD', '--format', 'json']).stdout).findings.map((f) => f.in)).toEqual(['commit-message', 'tag-message']);
    expect(json(runKeyguard(r.dir, ['scan-history', `${bad}..HEAD`, '--format', 'json']).stdout).findings.map((f) => f.file)).toEqual(['b.txt']);
    const text = runKeyguard(r.dir, ['scan-history']);
    expect(text.stdout).toContain(`commit message of ${bad.slice(0, 12)}:3:`);
    expect(text.stdout).toContain(`tag message of ${tag.slice(0, 12)}:2:`);
    expect(text.stdout).toContain(`git rebase -i ${bad.slice(0, 12)}^ and mark that commit "reword"`);
    const sarif = JSON.parse(runKeyguard(r.dir, ['scan-history', '--format', 'sarif']).stdout) as { runs: { results: { locations: unknown[] }[] }[] };
    expect(sarif.runs[0]!.results[0]!.locations[0]).toMatchObject({ logicalLocations: [{ name: 'commit-message', fullyQualifiedName: `commit-message/${bad}` }] });
  });

  it('advises amend for a key in the last commit, rebase --root for one in the first commit', () => {
    const r = repo({ initialCommit: false });
    const first = commit(r, { 'id_rsa': fakeRsaPrivateKeyPem() }, 'first');
    commit(r, { 'a.txt': 'a\n' }, 'second');
    const root = runKeyguard(r.dir, ['scan-history']);
    expect(root.status).toBe(1);
    expect(root.stdout).toContain('git rebase -i --root');
    expect(root.stdout).not.toContain('git reset --soft');
    expect(root.stdout).toContain(`commit ${first.slice(0, 12)}`);

    const r2 = repo();
    commit(r2, { 'k.env': `OPENAI_API_KEY=${fakeOpenAiProjectKey()}\n` }, 'last');
    const last = runKeyguard(r2.dir, ['scan-history']);
    expect(last.stdout).toContain('git commit --amend --no-edit');
    expect(last.stdout).toContain('git add -- k.env');
    expect(last.stdout).not.toContain('rebase');
    // Accepted in the baseline (by fingerprint): no longer blocking, and said so.
    const [finding] = json(runKeyguard(r2.dir, ['scan-history', '--format', 'json']).stdout).findings;
    r2.write('.keyguard-baseline.json', JSON.stringify({ version: 1, findings: [{ fingerprint: finding!.fingerprint, ruleId: finding!.ruleId, file: 'k.env' }] }));
    const accepted = runKeyguard(r2.dir, ['scan-history']);
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toContain('1 finding(s) accepted by .keyguard-baseline.json');
  });

  it('finds keys in non-UTF-8 files, skips binary blobs, and says so', () => {
    const r = repo();
    const key = fakeOpenAiProjectKey();
    const blob = Buffer.alloc(3 << 20, 7);
    blob[10] = 0;
    commit(r, { 'latin1.py': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\nKEY = "${key}"\n`)]), 'big.bin': blob }, 'odd');
    const run = runKeyguard(r.dir, ['scan-history', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.line])).toEqual([['latin1.py', 2]]);
    expect(json(run.stdout).stats.binarySkipped).toBe(1);
  });

  it('works from a linked worktree on a detached HEAD, with odd ref names, and notes submodule pointers', () => {
    const r = repo();
    const key = fakeOpenAiProjectKey();
    const head = r.git(['rev-parse', 'HEAD']).trim();
    r.git(['update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`]);
    r.git(['commit', '-q', '-m', 'submodule']);
    r.git(['checkout', '-q', '-b', "odd/ünï-$(name)'q;|&"]);
    const added = commit(r, { 'k.txt': `${key}\n` }, 'key');
    const tree = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-worktree-')));
    cleanups.push(() => rmSync(tree, { recursive: true, force: true }));
    r.git(['worktree', 'add', '-q', '--detach', tree, added]);
    const run = runKeyguard(tree, ['scan-history', '--all']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`commit ${added.slice(0, 12)}`);
    expect(run.stdout).toContain('git commit --amend --no-edit');
    // Added, then removed by `git add -A` (no checkout of it in the work tree): two pointer changes.
    expect(run.stdout).toContain('2 submodule pointer change(s) not descended into (scan the submodules separately): vendor/sub');
    expect(run.stdout).not.toContain(key);
  });

  it('exits 0 with a message on an unborn branch; --all on an empty repository finds nothing', () => {
    const r = repo({ initialCommit: false });
    const run = runKeyguard(r.dir, ['scan-history']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('no commits yet');
    expect(json(runKeyguard(r.dir, ['scan-history', '--format', 'json']).stdout).findings).toEqual([]);
    expect(runKeyguard(r.dir, ['scan-history', '--all']).status).toBe(0);
  });

  it('scans a bare repository (a server-side mirror), with the config and baseline committed on HEAD', () => {
    const r = repo();
    commit(r, { 'old.env': `AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n` }, 'aws key');
    commit(r, { 'b.txt': `${fakeOpenAiProjectKey()}\n` }, 'openai key');
    const mirror = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-mirror-')));
    cleanups.push(() => rmSync(mirror, { recursive: true, force: true }));
    r.git(['clone', '-q', '--bare', r.dir, mirror]);
    const all = runKeyguard(mirror, ['scan-history', '--all', '--format', 'json']);
    expect(all.status).toBe(1);
    expect(json(all.stdout).findings.map((f) => f.ruleId).sort()).toEqual(['aws-access-key-id', 'openai-project-key']);
    const text = runKeyguard(mirror, ['scan-history']);
    expect(text.stdout).toContain('read from HEAD');
    // The work tree's config is not there: HEAD's is.
    commit(r, { '.keyguardrc.json': `${JSON.stringify({ disabledRules: ['aws-access-key-id'] })}\n` }, 'config');
    r.git(['push', '-q', mirror, 'main']);
    expect(json(runKeyguard(mirror, ['scan-history', '--all', '--format', 'json']).stdout).findings.map((f) => f.ruleId)).toEqual(['openai-project-key']);
    // Outside any repository it is still an error.
    expect(runKeyguard(realpathSync(tmpdir()), ['scan-history']).status).toBe(2);
  });

  it('says what a shallow clone did not scan', () => {
    const r = repo();
    commit(r, { 'a.txt': `${fakeOpenAiProjectKey()}\n` }, 'old key');
    commit(r, { 'a.txt': 'gone\n' }, 'removed');
    const clone = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-shallow-')));
    cleanups.push(() => rmSync(clone, { recursive: true, force: true }));
    r.git(['clone', '-q', '--depth', '1', `file://${r.dir}`, clone]);
    const run = runKeyguard(clone, ['scan-history']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('shallow clone');
  });

  it('fails with git’s message on a bad revision, and never reads a revision as an option', () => {
    const r = repo();
    const bad = runKeyguard(r.dir, ['scan-history', 'no-such-branch']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/git log failed: .*no-such-branch/s);
    const out = join(r.dir, 'written-by-git');
    const option = runKeyguard(r.dir, ['scan-history', '--', `--output=${out}`]);
    expect(option.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(runKeyguard(r.dir, ['scan-history', '--all', 'HEAD']).status).toBe(2);
  });
});
