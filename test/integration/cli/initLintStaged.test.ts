import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { CLI, git, gitOk, runKeyguard } from '../../helpers/runCli.js';
import { hookScript, LINT_STAGED } from '../../../src/init/hookScript.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with husky, lint-staged and keyguard linked from this checkout (no network). */
function makeProject(manifest: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-lint-staged-'));
  dirs.push(dir);
  gitOk(dir, ['init', '-q', '-b', 'main']);
  gitOk(dir, ['config', 'user.name', 'Test']);
  gitOk(dir, ['config', 'user.email', 'test@example.invalid']);
  gitOk(dir, ['config', 'commit.gpgsign', 'false']);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  for (const name of ['husky', 'lint-staged']) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  symlinkSync(join(ROOT, 'node_modules', 'husky', 'bin.js'), join(dir, 'node_modules', '.bin', 'husky'));
  symlinkSync(join(ROOT, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js'), join(dir, 'node_modules', '.bin', 'lint-staged'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'keyguard'));
  symlinkSync(CLI, join(dir, 'node_modules', '.bin', 'keyguard'));
  return dir;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('keyguard init --lint-staged', () => {
  it('adds keyguard to package.json\'s lint-staged config; a real commit runs it on the staged files', () => {
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' }, 'lint-staged': { '*.js': 'node --check' } });
    const first = runKeyguard(dir, ['init', '--lint-staged', '--no-install']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('keyguard check-files');
    expect(manifestOf(dir)['lint-staged']).toEqual({ '*.js': 'node --check', '*': 'keyguard check-files' });
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(hookScript(LINT_STAGED));

    const files = ['package.json', '.gitignore', '.husky/pre-commit', '.husky/pre-push'];
    const snapshot = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(runKeyguard(dir, ['init', '--lint-staged', '--no-install']).stdout).toContain('nothing changed');
    expect(files.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(snapshot);

    gitOk(dir, ['add', '-A']);
    expect(git(dir, ['commit', '-q', '-m', 'setup']).status).toBe(0);
    writeFileSync(join(dir, 'index.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
    gitOk(dir, ['add', 'index.js']);
    const commit = git(dir, ['commit', '-m', 'leak']);
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('index.js:1:14');
    expect(gitOk(dir, ['log', '--format=%s'])).toBe('setup\n');
    writeFileSync(join(dir, 'index.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    gitOk(dir, ['add', 'index.js']);
    expect(git(dir, ['commit', '-q', '-m', 'clean']).status).toBe(0);
  });

  it('extends an existing "*" task and .lintstagedrc.json without dropping anything', () => {
    const dir = makeProject({ name: 'app' });
    writeFileSync(join(dir, '.lintstagedrc.json'), '{\n    "*": "prettier --check"\n}\n');
    expect(runKeyguard(dir, ['init', '--lint-staged', '--no-install']).status).toBe(0);
    expect(readFileSync(join(dir, '.lintstagedrc.json'), 'utf8')).toBe(
      '{\n    "*": [\n        "prettier --check",\n        "keyguard check-files"\n    ]\n}\n',
    );
    expect(manifestOf(dir)['lint-staged']).toBeUndefined();
  });

  it('with another core.hooksPath the husky hook would never run: said, exit 2', () => {
    const dir = makeProject({ name: 'app', 'lint-staged': { '*.js': 'node --check' } });
    gitOk(dir, ['config', 'core.hooksPath', '.githooks']);
    const run = runKeyguard(dir, ['init', '--lint-staged', '--no-install']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.husky/pre-commit is written but not active yet: core.hooksPath is .githooks, not .husky/_');
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(hookScript(LINT_STAGED));
  });

  it('is a usage error when there is no lint-staged config to extend', () => {
    const dir = makeProject({ name: 'app' });
    const run = runKeyguard(dir, ['init', '--lint-staged', '--no-install']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no lint-staged config');
    expect(manifestOf(dir)).toEqual({ name: 'app' }); // stopped before changing anything
    expect(existsSync(join(dir, '.husky'))).toBe(false);
  });
});
