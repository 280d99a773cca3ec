import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_PATH } from '../../helpers/actionSteps.js';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { envWithoutGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

interface Step { name?: string; id?: string; run?: string; env?: Record<string, string> }
const workflow = parse(readFileSync(join(ACTION_PATH, '.github/workflows/keyguard-org.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const step = (job: string, name: string) => workflow.jobs[job]!.steps.find((s) => s.name === name)!;

/** A `run:` script as a runner runs it (bash -eo pipefail), `${{ … }}` in its env given by `values`. */
function runScript(s: Step, cwd: string, values: Record<string, string>, extraEnv: Record<string, string>) {
  const env: Record<string, string> = { ...extraEnv };
  for (const [name, template] of Object.entries(s.env ?? {})) env[name] = template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => values[e]!);
  const run = s.run!.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => values[e]!);
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], { cwd, env: envWithoutGit({ ...env, NO_COLOR: '1' }), encoding: 'utf8' });
}

/**
 * The org workflow's matrix job (scan step) for each repository and its merge job (merge step),
 * as written, in a simulated runner workspace: `keyguard/` is this checkout (built by npm test),
 * `repository/` the scanned clone, the artifacts downloaded under `reports/keyguard-<owner>__<name>/`.
 */
function orgRun(repos: Record<string, TempRepo | null>, failOn: string) {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-org-')));
  try {
    for (const [name, repo] of Object.entries(repos)) {
      if (repo === null) continue; // its scan job failed: no artifact
      const workspace = join(root, name.replace('/', '__'));
      mkdirSync(workspace, { recursive: true });
      symlinkSync(ACTION_PATH, join(workspace, 'keyguard'));
      // actions/checkout with fetch-depth 0: a full clone, every branch as a remote-tracking ref.
      spawnSync('git', ['clone', '-q', '--no-local', repo.dir, join(workspace, 'repository')], { env: envWithoutGit() });
      const scan = runScript(step('scan', 'Scan every ref'), join(workspace, 'repository'), {}, {});
      expect(scan.status, scan.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(workspace, 'report', 'keyguard.sarif'), 'utf8')).version).toBe('2.1.0'); // the same scan wrote both
      const artifact = join(root, 'merge', 'reports', `keyguard-${name.replace('/', '__')}`);
      mkdirSync(artifact, { recursive: true });
      writeFileSync(join(artifact, 'keyguard.json'), readFileSync(join(workspace, 'report', 'keyguard.json')));
    }
    const merge = join(root, 'merge');
    mkdirSync(merge, { recursive: true });
    symlinkSync(ACTION_PATH, join(merge, 'keyguard'));
    const summary = join(merge, 'summary.md');
    const output = join(merge, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const values = { 'needs.list.outputs.repositories': JSON.stringify(Object.keys(repos)), 'inputs.fail-on': failOn };
    const r = runScript(step('merge', 'Merge the reports'), merge, values, { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8'), json: readFileSync(join(merge, 'summary.json'), 'utf8') };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the org-wide workflow (keyguard-org.yml scan and merge steps, simulated runners)', () => {
  it('scans each repository once into SARIF and JSON, merges them, and fails by fail-on', () =>
    withTempRepo((dirty) =>
      withTempRepo((clean) => {
        const key = fakeOpenAiProjectKey();
        dirty.git(['checkout', '-q', '-b', 'old']);
        dirty.write('a.js', `const k = "${key}";\n`);
        dirty.git(['add', 'a.js']);
        dirty.git(['commit', '-q', '-m', 'key on another branch']); // --all: every ref
        dirty.git(['checkout', '-q', 'main']);
        const blocked = orgRun({ 'org/dirty': dirty, 'org/clean': clean }, 'block');
        expect(blocked.status, blocked.stderr).toBe(1);
        expect(blocked.stdout).toMatch(/2 repositories, 1 finding/);
        expect(blocked.summary).toContain('| org/dirty | 1 | 1 |');
        expect(blocked.output).toBe('blocking=1\n');
        expect(JSON.parse(blocked.json).totals).toMatchObject({ repositories: 2, blocking: 1 });
        for (const text of Object.values(blocked)) expect(String(text)).not.toContain(key);
        expect(orgRun({ 'org/dirty': dirty, 'org/clean': clean }, 'never').status).toBe(0);
      })));

  it('a repository whose scan left no report fails the merge (exit 2), never counts as clean', () =>
    withTempRepo((clean) => {
      const r = orgRun({ 'org/clean': clean, 'org/broken': null }, 'never');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('reports/keyguard-org__broken/keyguard.json');
    }));
});
