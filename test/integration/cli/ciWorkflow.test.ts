import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { CLI } from '../../helpers/runCli.js';
import { envWithoutGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

const README = resolve(import.meta.dirname, '../../../docs/team-setup.md');

/** The `run: |` script of the `scan` step of the workflow documented in the README, as written. */
function documentedScanStep(): string {
  const block = /```yaml\n# \.github\/workflows\/keyguard\.yml\n([\s\S]*?)```/.exec(readFileSync(README, 'utf8'))?.[1];
  expect(block, 'docs/team-setup.md workflow block').toBeDefined();
  const lines = block!.split('\n');
  const start = lines.findIndex((l) => l.trim() === '- id: scan');
  expect(lines[start + 1]?.trim()).toBe('run: |');
  const indent = /^ */.exec(lines[start + 2]!)![0];
  const body: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith(indent)) break;
    body.push(line.slice(indent.length));
  }
  return `${body.join('\n')}\n`;
}

/**
 * Run the step the way GitHub runs `run:` on Linux (bash -e; `shell: bash` adds -o pipefail), with
 * the `${{ }}` expressions substituted and `npx keyguard` resolving to the built CLI.
 */
function runStep(repo: TempRepo, base: string, head: string): { status: number | null; outputs: string; stderr: string } {
  const script = documentedScanStep()
    .replaceAll('${{ github.event.pull_request.base.sha }}', base)
    .replaceAll('${{ github.event.pull_request.head.sha }}', head);
  expect(script).not.toContain('${{');
  const bin = join(repo.dir, '.ci-bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = keyguard ] || exit 127\nshift\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  writeFileSync(join(repo.dir, '.ci-step.sh'), script);
  const outputs = join(repo.dir, '.ci-outputs');
  writeFileSync(outputs, '');
  const env = envWithoutGit({ GITHUB_OUTPUT: outputs, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' });
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '.ci-step.sh'], { cwd: repo.dir, env, encoding: 'utf8' });
  return { status: r.status, outputs: readFileSync(outputs, 'utf8'), stderr: r.stderr };
}

/** main with a key committed before the pull request; a feature branch on top of it. */
function pullRequest(repo: TempRepo, featureContent: string): { base: string; head: string } {
  repo.write('old.js', `const legacy = "${fakeOpenAiProjectKey()}";\n`);
  repo.git(['add', 'old.js']);
  repo.git(['commit', '-q', '-m', 'old key, already on main']);
  const base = repo.git(['rev-parse', 'HEAD']).trim();
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write('src/feature.js', featureContent);
  repo.git(['add', 'src/feature.js']);
  repo.git(['commit', '-q', '-m', 'feature']);
  return { base, head: repo.git(['rev-parse', 'HEAD']).trim() };
}

describe('the documented GitHub Actions workflow (scan step)', () => {
  it('records exit 1 for a pull request that adds a key and leaves a SARIF log with that result', () =>
    withTempRepo((repo) => {
      const key = fakeOpenAiProjectKey();
      const { base, head } = pullRequest(repo, `export const key = "${key}";\n`);
      const step = runStep(repo, base, head);
      expect(step.status, step.stderr).toBe(0); // the step itself succeeds so the upload can run
      expect(step.outputs).toBe('exit=1\n');
      const sarif = readFileSync(join(repo.dir, 'keyguard.sarif'), 'utf8');
      expect(sarif).not.toContain(key);
      const log = JSON.parse(sarif);
      expect(log.version).toBe('2.1.0');
      const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      expect(results).toHaveLength(1); // only the pull request's commits: old.js is before base
      expect(results[0]!.ruleId).toBe('openai-project-key');
      expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('src/feature.js');
    }));

  it('records exit 0 and an empty result list for a clean pull request', () =>
    withTempRepo((repo) => {
      const { base, head } = pullRequest(repo, 'export const key = process.env.OPENAI_API_KEY;\n');
      const step = runStep(repo, base, head);
      expect(step.status, step.stderr).toBe(0);
      expect(step.outputs).toBe('exit=0\n');
      expect(JSON.parse(readFileSync(join(repo.dir, 'keyguard.sarif'), 'utf8')).runs[0].results).toEqual([]);
    }));

  it('records exit 2 when the range cannot be resolved (e.g. a shallow checkout)', () =>
    withTempRepo((repo) => {
      const { head } = pullRequest(repo, 'clean\n');
      const step = runStep(repo, 'f'.repeat(40), head);
      expect(step.status).toBe(0);
      expect(step.outputs).toBe('exit=2\n');
    }));
});
