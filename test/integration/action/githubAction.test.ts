import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { runActionSteps } from '../../helpers/actionSteps.js';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { envWithoutGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

const ZERO = '0'.repeat(40);

/** main with a key committed before the pull request (not the PR's), then a feature branch. */
function pullRequest(repo: TempRepo, file: string, content: string): { base: string; head: string } {
  repo.write('old.js', `const legacy = "${fakeOpenAiProjectKey()}";\n`);
  repo.git(['add', 'old.js']);
  repo.git(['commit', '-q', '-m', 'old key, already on main']);
  const base = repo.git(['rev-parse', 'HEAD']).trim();
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write(file, content);
  repo.git(['add', '--', file]);
  repo.git(['commit', '-q', '-m', 'feature']);
  return { base, head: repo.git(['rev-parse', 'HEAD']).trim() };
}

const prEvent = (base: string, head: string) => ({ name: 'pull_request', payload: { pull_request: { base: { sha: base }, head: { sha: head } } } });

describe('the GitHub Action (action.yml scan and verdict steps, simulated runner)', () => {
  it('a pull request adding a key: masked summary table, outputs, SARIF, exit 1', () =>
    withTempRepo((repo) => {
      const key = fakeOpenAiProjectKey();
      const file = 'src/a|b`c.js'; // a pipe and a backtick must not break the summary's table
      const { base, head } = pullRequest(repo, file, `export const key = "${key}";\n`);
      const run = runActionSteps(repo.dir, prEvent(base, head));
      expect(run.stepStatus, run.stderr).toBe(0); // the step records the code so the upload can run
      expect(run.outputs).toMatchObject({ findings: '1', blocking: '1', warnings: '0', commits: '1', 'exit-code': '1' });
      expect(run.verdict).toBe(1);
      for (const text of [run.summary, run.stdout, run.stderr, readFileSync(run.outputs.sarif!, 'utf8')]) expect(text).not.toContain(key);
      expect(run.outputs.sarif).toBe(join(repo.dir, 'keyguard.sarif'));
      const rows = run.summary.split('\n').filter((l) => l.startsWith('| 🛑'));
      expect(rows).toHaveLength(1); // old.js is before the base: not the pull request's
      const cells = rows[0]!.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      expect(cells).toHaveLength(7);
      expect(cells[1]).toBe('src/a\\|b\\`c\\.js');
      expect(cells[3]).toBe(head.slice(0, 12));
      expect(cells[4]).toContain('openai\\-project\\-key');
      expect(cells[5]).toMatch(/^sk\\-proj\\-.{1,8}…\\\(164 chars\\\)$/);
      expect(cells[6]).toMatch(/^\[Revoke it\]\(https:\/\//);
      expect(run.stdout).toContain('How to fix it');
    }));

  it('a clean pull request: exit 0, outputs zero, an empty SARIF result list', () =>
    withTempRepo((repo) => {
      const { base, head } = pullRequest(repo, 'src/a.js', 'export const key = process.env.OPENAI_API_KEY;\n');
      const run = runActionSteps(repo.dir, prEvent(base, head));
      expect(run.outputs).toMatchObject({ findings: '0', blocking: '0', 'exit-code': '0' });
      expect(run.verdict).toBe(0);
      expect(run.summary).toContain('no secrets found');
      expect(JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')).runs[0].results).toEqual([]);
    }));

  it('fail-on: never passes a blocking key (still reported); warn fails on a warning; block does not', () =>
    withTempRepo((repo) => {
      const warnRule = builtinRules.find((r) => r.severity === 'warn')!;
      const sample = warnRule.samples().positives[0]!;
      const { base, head } = pullRequest(repo, warnRule.samples().path ?? 'src/w.txt', `${sample}\nconst k = "${fakeAwsAccessKeyId()}";\n`);
      const never = runActionSteps(repo.dir, prEvent(base, head), { 'fail-on': 'never' });
      expect(never.outputs).toMatchObject({ blocking: '1', warnings: '1', 'exit-code': '0' });
      expect(never.verdict).toBe(0);
      expect(never.summary).toContain('⚠️ warn');
      repo.git(['reset', '-q', '--hard', 'HEAD~1']);
      repo.write('src/w.txt', `${sample}\n`);
      repo.git(['add', 'src/w.txt']);
      repo.git(['commit', '-q', '-m', 'warning only']);
      const warnHead = repo.git(['rev-parse', 'HEAD']).trim();
      expect(runActionSteps(repo.dir, prEvent(base, warnHead), { 'fail-on': 'block' }).outputs['exit-code']).toBe('0');
      const warn = runActionSteps(repo.dir, prEvent(base, warnHead), { 'fail-on': 'warn' });
      expect(warn.outputs).toMatchObject({ blocking: '0', warnings: '1', 'exit-code': '1' });
      expect(warn.verdict).toBe(1);
    }));

  it('a shallow clone fails closed (exit 2) and says to set fetch-depth: 0, in the log and the summary', () =>
    withTempRepo((repo) => {
      const { base, head } = pullRequest(repo, 'src/a.js', `const k = "${fakeOpenAiProjectKey()}";\n`);
      const clone = join(repo.dir, '.git', 'shallow-clone');
      execFileSync('git', ['clone', '-q', '--depth', '2', '--no-local', '--branch', 'feature', `file://${repo.dir}`, clone], { env: envWithoutGit() });
      const run = runActionSteps(clone, prEvent(base, head));
      expect(run.outputs['exit-code']).toBe('2');
      expect(run.verdict).toBe(2);
      expect(run.stderr).toContain('fetch-depth: 0');
      expect(run.summary).toContain('could not scan');
      expect(run.outputs.sarif).toBeUndefined(); // nothing to upload
      expect(existsSync(join(clone, 'keyguard.sarif'))).toBe(false);
    }));

  it('a base commit missing from the clone fails closed (exit 2); an unsupported event too', () =>
    withTempRepo((repo) => {
      const { head } = pullRequest(repo, 'src/a.js', 'clean\n');
      const missing = runActionSteps(repo.dir, prEvent('f'.repeat(40), head));
      expect(missing.outputs['exit-code']).toBe('2');
      expect(missing.stderr).toContain('is not in this clone');
      const schedule = runActionSteps(repo.dir, { name: 'schedule', payload: {} });
      expect(schedule.outputs['exit-code']).toBe('2');
      expect(schedule.stderr).toContain('mode history or tree');
    }));

  it('a push that creates a branch scans what is not on the default branch; a deletion scans nothing', () =>
    withTempRepo((repo) => {
      const key = fakeOpenAiProjectKey();
      const { head } = pullRequest(repo, 'src/a.js', `const k = "${key}";\n`);
      const push = (payload: object) => runActionSteps(repo.dir, { name: 'push', payload: { ref: 'refs/heads/feature', repository: { default_branch: 'main' }, ...payload } });
      const created = push({ before: ZERO, after: head, created: true });
      expect(created.outputs).toMatchObject({ findings: '1', commits: '1', 'exit-code': '1' }); // old.js is on main
      expect(created.summary).not.toContain(key);
      const deleted = push({ before: head, after: ZERO, deleted: true });
      expect(deleted.outputs).toMatchObject({ findings: '0', 'exit-code': '0' });
      // A forced push whose old tip this clone never had: treated like a new branch, not passed.
      const forced = push({ before: 'e'.repeat(40), after: head, forced: true });
      expect(forced.outputs).toMatchObject({ findings: '1', 'exit-code': '1' });
      const unforced = push({ before: 'e'.repeat(40), after: head, forced: false });
      expect(unforced.outputs['exit-code']).toBe('2');
    }));

  it('the pull request cannot loosen its own check: config and baseline come from the base commit', () =>
    withTempRepo((repo) => {
      const key = fakeOpenAiProjectKey();
      repo.git(['checkout', '-q', '-b', 'feature']);
      repo.write('src/a.js', `const k = "${key}";\n`);
      repo.write('.keyguardrc.json', JSON.stringify({ allowlist: { paths: ['**'] } }));
      repo.git(['add', '.']);
      repo.git(['commit', '-q', '-m', 'key plus an allowlist for everything']);
      const head = repo.git(['rev-parse', 'HEAD']).trim();
      const base = repo.git(['rev-parse', 'main']).trim();
      const run = runActionSteps(repo.dir, prEvent(base, head));
      expect(run.outputs).toMatchObject({ blocking: '1', 'exit-code': '1' });
      expect(run.stdout).toContain(`read from ${base.slice(0, 12)}`);
    }));

  it("a key in one of the pull request's commit messages blocks too, shown masked", () =>
    withTempRepo((repo) => {
      const key = fakeOpenAiProjectKey();
      const base = repo.git(['rev-parse', 'HEAD']).trim();
      repo.git(['checkout', '-q', '-b', 'feature']);
      repo.git(['commit', '-q', '--allow-empty', '-m', `debugging, token was ${key}`]);
      const run = runActionSteps(repo.dir, prEvent(base, repo.git(['rev-parse', 'HEAD']).trim()));
      expect(run.outputs).toMatchObject({ blocking: '1', 'exit-code': '1' });
      expect(run.summary).toContain('| commit message of ');
      expect(`${run.summary}${run.stdout}`).not.toContain(key);
    }));

  it('mode history scans every ref; mode tree the checked-out files', () =>
    withTempRepo((repo) => {
      pullRequest(repo, 'src/a.js', 'clean\n');
      const history = runActionSteps(repo.dir, { name: 'schedule', payload: {} }, { mode: 'history' });
      expect(history.outputs).toMatchObject({ findings: '1', 'exit-code': '1' }); // old.js on main
      const history2 = runActionSteps(repo.dir, { name: 'schedule', payload: {} }, { mode: 'history', sarif: '.git/out/k.sarif' });
      expect(history2.outputs.sarif).toBe(join(repo.dir, '.git/out/k.sarif')); // its folder made
      const tree = runActionSteps(repo.dir, { name: 'schedule', payload: {} }, { mode: 'tree', sarif: 'false' });
      expect(tree.outputs).toMatchObject({ findings: '1', commits: '0', 'exit-code': '1' });
      expect(tree.outputs.sarif).toBeUndefined();
    }));
});
