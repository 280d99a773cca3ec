import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { CLI, git, gitOk, runKeyguard } from '../../helpers/runCli.js';
import { COMMIT_MSG, hookScript, PRE_COMMIT, PRE_PUSH } from '../../../src/init/hookScript.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A user's project with husky and keyguard "installed" (linked from this checkout, so the
 * test needs no network): exactly what `npm i -D keyguard husky` leaves in node_modules.
 * keyguard is a devDependency as `npm i -D keyguard` leaves it (husky only where a test says so).
 */
function makeProject(given: Record<string, unknown>, subPackage = ''): string {
  const manifest = { ...given, devDependencies: { keyguard: '^0.1.0', ...(given.devDependencies as object | undefined) } };
  const repo = mkdtempSync(join(tmpdir(), 'keyguard-init-'));
  dirs.push(repo);
  gitOk(repo, ['init', '-q', '-b', 'main']);
  gitOk(repo, ['config', 'user.name', 'Test']);
  gitOk(repo, ['config', 'user.email', 'test@example.invalid']);
  const dir = join(repo, subPackage);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', 'husky'), join(dir, 'node_modules', 'husky'));
  symlinkSync(join(ROOT, 'node_modules', 'husky', 'bin.js'), join(dir, 'node_modules', '.bin', 'husky'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'keyguard'));
  symlinkSync(CLI, join(dir, 'node_modules', '.bin', 'keyguard'));
  return dir;
}

describe('keyguard init', () => {
  it('wires husky, the hook and .gitignore, then blocks a real commit; a second run changes nothing', () => {
    const dir = makeProject({ name: 'app', scripts: { prepare: 'echo build' }, devDependencies: { husky: '^9.1.7' } });
    writeFileSync(join(dir, '.gitignore'), 'node_modules');
    const first = runKeyguard(dir, ['init']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('.husky/pre-commit');
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(hookScript(PRE_COMMIT));
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.prepare).toBe('echo build && husky');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^node_modules\n[\s\S]*^\.env$/m);
    expect(gitOk(dir, ['config', 'core.hooksPath']).trim()).toBe('.husky/_');

    const files = ['package.json', '.gitignore', '.husky/pre-commit', '.husky/commit-msg', '.husky/pre-push'];
    const snapshot = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    const second = runKeyguard(dir, ['init']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('nothing changed');
    expect(files.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(snapshot);

    writeFileSync(join(dir, 'index.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
    gitOk(dir, ['add', 'index.js']);
    const commit = git(dir, ['commit', '-m', 'leak']);
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('index.js:1:14');
    writeFileSync(join(dir, 'index.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    gitOk(dir, ['add', 'index.js', '.gitignore', 'package.json', '.husky/pre-commit']);
    expect(git(dir, ['commit', '-q', '-m', 'clean']).status).toBe(0);
  });

  it('installs .husky/pre-push: a real push gets git\'s arguments and stdin through husky and is blocked', () => {
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
    expect(runKeyguard(dir, ['init']).stdout).toContain('.husky/pre-push');
    expect(readFileSync(join(dir, '.husky/pre-push'), 'utf8')).toBe(hookScript(PRE_PUSH));
    const remote = mkdtempSync(join(tmpdir(), 'keyguard-init-remote-'));
    dirs.push(remote);
    gitOk(remote, ['init', '-q', '--bare']);
    gitOk(dir, ['remote', 'add', 'origin', remote]);
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '-m', 'setup']);
    expect(git(dir, ['push', '-q', 'origin', 'main']).status).toBe(0);
    // Committed past the pre-commit hook: the pre-push hook is the last line of defence.
    writeFileSync(join(dir, 'leak.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
    gitOk(dir, ['add', 'leak.js']);
    gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'leak']);
    const push = git(dir, ['push', 'origin', 'main']);
    expect(push.status).not.toBe(0);
    // The remote name came through "$@", the ref lines through stdin.
    expect(push.stdout + push.stderr).toContain('push blocked, 1 secret in commits not yet on origin');
    expect(push.stdout + push.stderr).toContain('leak.js:1:14');
    gitOk(dir, ['reset', '-q', '--hard', 'HEAD~1']);
    writeFileSync(join(dir, 'clean.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    gitOk(dir, ['add', 'clean.js']);
    gitOk(dir, ['commit', '-q', '-m', 'clean']);
    expect(git(dir, ['push', '-q', 'origin', 'main']).status).toBe(0);
  });

  it('installs .husky/commit-msg: a key in the message of a real git commit -m is blocked, nothing is committed', () => {
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
    expect(runKeyguard(dir, ['init']).stdout).toContain('.husky/commit-msg');
    expect(readFileSync(join(dir, '.husky/commit-msg'), 'utf8')).toBe(hookScript(COMMIT_MSG));
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    gitOk(dir, ['add', '-A']);
    const key = fakeOpenAiProjectKey();
    const commit = git(dir, ['commit', '-m', `setup\n\ntried with ${key}`]);
    expect(commit.status).not.toBe(0);
    const output = commit.stdout + commit.stderr;
    expect(output).toContain('1 secret in the commit message');
    expect(output).toContain('commit message of .git/COMMIT_EDITMSG:3:12');
    expect(output).toContain('git commit -e -F .git/COMMIT_EDITMSG');
    expect(output).not.toContain(key);
    expect(git(dir, ['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);
    expect(git(dir, ['commit', '-q', '-m', 'setup']).status).toBe(0);
  });

  it('in a monorepo sub-package: hooks at the git root that run keyguard from the package', () => {
    const app = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } }, 'packages/app');
    const repo = join(app, '..', '..');
    expect(runKeyguard(app, ['init']).status).toBe(0);
    expect(readFileSync(join(repo, '.husky/pre-commit'), 'utf8')).toBe(hookScript(PRE_COMMIT, 'packages/app'));
    expect(readFileSync(join(repo, '.husky/pre-push'), 'utf8')).toBe(hookScript(PRE_PUSH, 'packages/app'));
    expect(readFileSync(join(repo, '.husky/commit-msg'), 'utf8')).toBe(hookScript(COMMIT_MSG, 'packages/app'));
    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).scripts.prepare).toBe('cd ../.. && husky');
    expect(gitOk(repo, ['config', 'core.hooksPath']).trim()).toBe('.husky/_');
    expect(runKeyguard(app, ['init']).stdout).toContain('nothing changed');
    writeFileSync(join(repo, 'root.env'), `OPENAI_API_KEY=${fakeOpenAiProjectKey()}\n`);
    gitOk(repo, ['add', 'root.env']);
    const commit = git(repo, ['commit', '-m', 'leak at the root']);
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('root.env:1:16');
    // commit-msg gets the message file relative to the git root: keyguard runs there, not in the package.
    gitOk(repo, ['rm', '-q', '--cached', 'root.env']);
    const message = git(repo, ['commit', '--allow-empty', '-m', `key ${fakeOpenAiProjectKey()}`]);
    expect(message.status).not.toBe(0);
    expect(message.stdout + message.stderr).toContain('commit message of .git/COMMIT_EDITMSG:1:5');
  });

  it('with an existing non-husky core.hooksPath: adds keyguard to those hooks, leaves husky out', () => {
    const dir = makeProject({ name: 'app' });
    gitOk(dir, ['config', 'core.hooksPath', '.githooks']);
    mkdirSync(join(dir, '.githooks'));
    writeFileSync(join(dir, '.githooks', 'pre-commit'), '#!/bin/sh\necho "team hook ran"\n', { mode: 0o755 });
    const first = runKeyguard(dir, ['init', '--no-install']);
    expect(first.status).toBe(0);
    // Each file is described by what it runs (the pre-push script was said to run check-staged).
    expect(first.stdout).toContain('.githooks/pre-commit (runs keyguard check-staged before every commit)');
    expect(first.stdout).toContain('.githooks/commit-msg (runs keyguard check-message on every commit message)');
    expect(first.stdout).toContain('.githooks/pre-push (runs keyguard check-push before every push)');
    expect(readFileSync(join(dir, '.githooks/pre-commit'), 'utf8')).toBe(`#!/bin/sh\n${hookScript(PRE_COMMIT)}echo "team hook ran"\n`);
    expect(readFileSync(join(dir, '.githooks/pre-push'), 'utf8')).toContain('keyguard check-push');
    expect(readFileSync(join(dir, '.githooks/commit-msg'), 'utf8')).toBe(`#!/bin/sh\n${hookScript(COMMIT_MSG)}`);
    expect(existsSync(join(dir, '.husky'))).toBe(false);
    expect(gitOk(dir, ['config', 'core.hooksPath']).trim()).toBe('.githooks');
    expect(runKeyguard(dir, ['init', '--no-install']).stdout).toContain('nothing changed');
    writeFileSync(join(dir, 'app.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
    gitOk(dir, ['add', 'app.js']);
    const commit = git(dir, ['commit', '-m', 'leak']);
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('app.js:1:14');
    gitOk(dir, ['rm', '-q', '--cached', 'app.js']);
    writeFileSync(join(dir, 'clean.js'), 'ok\n');
    gitOk(dir, ['add', 'clean.js']);
    const message = git(dir, ['commit', '-m', `key ${fakeOpenAiProjectKey()}`]);
    expect(message.status).toBe(1);
    expect(message.stdout + message.stderr).toContain('commit message of .git/COMMIT_EDITMSG:1:5');
    expect(message.stdout + message.stderr).toContain('team hook ran'); // its pre-commit still runs, after keyguard's
  });

  it('with "init --global" installed, sets up husky in the project and leaves the global dispatchers alone', () => {
    const home = mkdtempSync(join(tmpdir(), 'keyguard-init-home-'));
    dirs.push(home);
    writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Test\n\temail = test@example.invalid\n');
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
    expect(runKeyguard(home, ['init', '--global'], env).status).toBe(0);
    const dispatcher = join(home, '.config', 'keyguard', 'hooks', 'pre-commit');
    const before = readFileSync(dispatcher, 'utf8');
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
    const init = runKeyguard(dir, ['init'], env);
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(dispatcher, 'utf8')).toBe(before);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(hookScript(PRE_COMMIT));
    expect(git(dir, ['config', '--local', 'core.hooksPath'], env).stdout.trim()).toBe('.husky/_');
  });

  it('adds to an existing hook instead of overwriting it', () => {
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky/pre-commit'), 'npm test');
    expect(runKeyguard(dir, ['init']).status).toBe(0);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`${hookScript(PRE_COMMIT)}npm test\n`);
  });

  it('places keyguard before a husky hook\'s trailing exec and a plain hook\'s exit 0, so a real commit is still blocked', () => {
    for (const [hooksPath, file, existing] of [
      [null, '.husky/pre-commit', 'echo "team hook ran"\nexec node -e 0\n'],
      ['.githooks', '.githooks/pre-commit', '#!/bin/sh\necho "team hook ran"\nexit 0\n'],
    ] as const) {
      const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
      if (hooksPath !== null) gitOk(dir, ['config', 'core.hooksPath', hooksPath]);
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), existing, { mode: 0o755 });
      const init = runKeyguard(dir, ['init', '--no-install']);
      expect(init.status).toBe(0);
      expect(init.stdout).toContain(`checked ${file}: reaches keyguard check-staged`);
      expect(readFileSync(join(dir, file), 'utf8')).toMatch(/exec keyguard check-staged[\s\S]*\) \|\| exit \$\?\n(?:exec node -e 0|exit 0)\n$/);
      writeFileSync(join(dir, 'app.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
      gitOk(dir, ['add', 'app.js']);
      const commit = git(dir, ['commit', '-m', 'leak']);
      expect(commit.status).not.toBe(0);
      expect(commit.stdout + commit.stderr).toContain('app.js:1:14');
      expect(git(dir, ['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);
    }
  });

  it('refuses (exit 2), naming the file and changing nothing, where it cannot place keyguard safely', () => {
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
    gitOk(dir, ['config', 'core.hooksPath', '.githooks']);
    mkdirSync(join(dir, '.githooks'));
    writeFileSync(join(dir, '.githooks/pre-push'), '#!/usr/bin/env python3\nprint("push")\n', { mode: 0o755 });
    const run = runKeyguard(dir, ['init', '--no-install']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.githooks/pre-push');
    expect(run.stderr).toContain('not a sh script');
    expect(run.stderr).toContain('Add "keyguard check-push "$@"" by hand');
    expect(readFileSync(join(dir, '.githooks/pre-push'), 'utf8')).toBe('#!/usr/bin/env python3\nprint("push")\n');
    expect(existsSync(join(dir, '.githooks/pre-commit'))).toBe(false);
  });

  it('upgrades the npx lines of an earlier init; a missing keyguard fails the commit with its own message, exit 2', () => {
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky/pre-commit'), 'echo "team hook ran"\nnpx --no -- keyguard check-staged\n');
    writeFileSync(join(dir, '.husky/commit-msg'), 'npx --no -- keyguard check-message "$1"\n');
    expect(runKeyguard(dir, ['init']).status).toBe(0);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`echo "team hook ran"\n${hookScript(PRE_COMMIT)}`);
    expect(readFileSync(join(dir, '.husky/commit-msg'), 'utf8')).toBe(hookScript(COMMIT_MSG));
    rmSync(join(dir, 'node_modules', '.bin', 'keyguard'));
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    gitOk(dir, ['add', '.gitignore']);
    const commit = git(dir, ['commit', '-m', 'setup']);
    expect(commit.status).not.toBe(0);
    expect(commit.stderr).toContain('keyguard: this commit cannot be checked, so it is refused: keyguard is not installed in the project root');
    expect(commit.stderr).toContain('git commit --no-verify');
    expect(commit.stderr).toContain('husky - pre-commit script failed (code 2)');
    expect(commit.stderr).not.toMatch(/npx|not found|npm error/);
  });

  it('without node on PATH the hook refuses with the same message, exit 2', () => {
    const dir = makeProject({ name: 'app', devDependencies: { husky: '^9.1.7' } });
    expect(runKeyguard(dir, ['init']).status).toBe(0);
    const bin = mkdtempSync(join(tmpdir(), 'keyguard-no-node-'));
    dirs.push(bin);
    symlinkSync(spawnSync('sh', ['-c', 'command -v sh'], { encoding: 'utf8' }).stdout.trim(), join(bin, 'sh'));
    const hook = spawnSync(join(bin, 'sh'), ['-e', '.husky/pre-commit'], { cwd: dir, env: { PATH: bin }, encoding: 'utf8' });
    expect(hook.status).toBe(2);
    expect(hook.stderr).toContain('or node is not on PATH');
    expect(hook.stderr).toContain('git commit --no-verify');
  });

  it('the shipped POSIX hook (no husky) blocks a real commit and lets a clean one through', () => {
    const dir = makeProject({ name: 'app' });
    copyFileSync(join(ROOT, 'hooks', 'pre-commit'), join(dir, '.git', 'hooks', 'pre-commit'));
    writeFileSync(join(dir, 'settings.py'), `OPENAI_API_KEY = "${fakeOpenAiProjectKey()}"\n`);
    gitOk(dir, ['add', 'settings.py']);
    const commit = git(dir, ['commit', '-m', 'leak']);
    expect(commit.status).not.toBe(0);
    expect(commit.stderr).toContain('settings.py:1:19');
    writeFileSync(join(dir, 'settings.py'), 'import os\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    gitOk(dir, ['add', 'settings.py']);
    expect(git(dir, ['commit', '-q', '-m', 'clean']).status).toBe(0);
  });

  it('the shipped commit-msg hook blocks a key in the message, not the diff git -v shows below the scissors line', () => {
    const dir = makeProject({ name: 'app' });
    copyFileSync(join(ROOT, 'hooks', 'commit-msg'), join(dir, '.git', 'hooks', 'commit-msg'));
    writeFileSync(join(dir, 'notes.txt'), `${fakeOpenAiProjectKey()}\n`);
    gitOk(dir, ['add', 'notes.txt']);
    // git commit -v puts the staged diff (with this key) under the scissors line and strips it:
    // only the message counts here (the staged key is the pre-commit hook's, absent in this test).
    const verbose = git(dir, ['commit', '-v'], { GIT_EDITOR: 'sed -i "1s/^/subject/"' });
    expect(verbose.status).toBe(0);
    expect(gitOk(dir, ['log', '-1', '--format=%B']).trim()).toBe('subject');
    const key = fakeOpenAiProjectKey();
    writeFileSync(join(dir, 'more.txt'), 'more\n');
    gitOk(dir, ['add', 'more.txt']);
    // A comment line of a -m message is committed as written (cleanup "whitespace"): scanned.
    const blocked = git(dir, ['commit', '-m', `more\n# ${key}`]);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain('commit message of .git/COMMIT_EDITMSG:2:3');
    expect(blocked.stderr).not.toContain(key);
    expect(git(dir, ['commit', '-q', '-m', 'more']).status).toBe(0);
  });

  it('explains what to do without a package.json (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyguard-init-'));
    dirs.push(dir);
    gitOk(dir, ['init', '-q']);
    const run = runKeyguard(dir, ['init']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('hooks/pre-commit');
    expect(existsSync(join(dir, '.husky'))).toBe(false);
  });
});
