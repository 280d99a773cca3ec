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

  it('finds the lint-staged.config.mjs lint-staged really reads; cannot edit it, so says the entry to add and exits 2 without a change', () => {
    // lint-staged sorts its candidates by name and uses the first: this mjs, not package.json's key.
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7', keyguard: '^0.1.0' }, 'lint-staged': { '*.md': 'node --check' } });
    writeFileSync(join(dir, 'lint-staged.config.mjs'), "export default {\n  '*.js': 'node --check',\n};\n");
    const manifestBefore = readFileSync(join(dir, 'package.json'), 'utf8');
    const refused = runKeyguard(dir, ['init', '--lint-staged', '--no-install']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('lint-staged reads lint-staged.config.mjs, which keyguard does not edit');
    expect(refused.stderr).toContain('"*": "keyguard check-files",');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(manifestBefore);
    expect(existsSync(join(dir, '.husky'))).toBe(false);

    // The user adds the entry as told; init then wires the hook and a real commit runs keyguard.
    writeFileSync(join(dir, 'lint-staged.config.mjs'), "export default {\n  '*.js': 'node --check',\n  \"*\": \"keyguard check-files\",\n};\n");
    const wired = runKeyguard(dir, ['init', '--lint-staged', '--no-install']);
    expect(wired.status).toBe(0);
    expect(wired.stdout).toContain('.husky/pre-commit (runs lint-staged before every commit, which runs keyguard check-files');
    gitOk(dir, ['add', '-A']);
    expect(git(dir, ['commit', '-q', '-m', 'setup']).status).toBe(0);
    writeFileSync(join(dir, 'notes.md'), `key ${fakeOpenAiProjectKey()}\n`);
    gitOk(dir, ['add', 'notes.md']);
    const commit = git(dir, ['commit', '-m', 'leak']);
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('notes.md:1:5');
  });

  it.each([
    ['.lintstagedrc.yaml', '"*.js": node --check\n', '"*": keyguard check-files'],
    ['.lintstagedrc.cjs', "module.exports = { '*.js': 'node --check' };\n", '"*": "keyguard check-files",'],
  ])('%s: says the exact entry to add (exit 2)', (file, text, entry) => {
    const dir = makeProject({ name: 'app' });
    writeFileSync(join(dir, file), text);
    const run = runKeyguard(dir, ['init', '--lint-staged', '--no-install']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`lint-staged reads ${file}`);
    expect(run.stderr).toContain(entry);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(text);
  });

  it('edits a .lintstagedrc written as JSON (lint-staged reads it as YAML, of which JSON is a subset)', () => {
    const dir = makeProject({ name: 'app' });
    writeFileSync(join(dir, '.lintstagedrc'), '{ "*.js": "node --check" }\n');
    const run = runKeyguard(dir, ['init', '--lint-staged', '--no-install']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('added "*": "keyguard check-files" to lint-staged in .lintstagedrc');
    expect(JSON.parse(readFileSync(join(dir, '.lintstagedrc'), 'utf8'))).toEqual({ '*.js': 'node --check', '*': 'keyguard check-files' });
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
