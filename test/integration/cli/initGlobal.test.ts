import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { cleanEnv, git, runKeyguard, type RunResult } from '../../helpers/runCli.js';

/**
 * `keyguard init --global` in a sandbox: HOME, XDG_CONFIG_HOME and git's global config are temporary
 * (GIT_CONFIG_GLOBAL, no system config), in a directory whose name has spaces and a quote, and every
 * check is a real `git commit` / `git push` / `git clone` through the installed dispatchers.
 */
let base: string;
let home: string;
let env: Record<string, string>;
const hooksDir = () => join(home, '.config', 'keyguard', 'hooks');
const globalConfig = () => join(home, '.gitconfig');
const init = (...args: string[]) => runKeyguard(home, ['init', '--global', ...args], env);
const gitIn = (dir: string, ...args: string[]): RunResult => git(dir, args, env);
function gitOk(dir: string, ...args: string[]): string {
  const r = gitIn(dir, ...args);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
const output = (r: RunResult) => r.stdout + r.stderr;

function makeRepo(name: string): string {
  const dir = join(base, name);
  gitOk(base, 'init', '-q', '-b', 'main', dir);
  return dir;
}

/** An executable hook that appends a line, its arguments and its stdin to `log`, then exits `status`. */
function writeHook(path: string, log: string, status = 0): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\necho "ran $*" >> '${log.replace(/'/g, `'\\''`)}'\n${path.endsWith('pre-push') ? `cat >> '${log.replace(/'/g, `'\\''`)}'\n` : ''}exit ${status}\n`);
  chmodSync(path, 0o755);
}

function commitFile(dir: string, file: string, content: string, ...flags: string[]): RunResult {
  writeFileSync(join(dir, file), content);
  gitOk(dir, 'add', file);
  return gitIn(dir, 'commit', '-m', `add ${file}`, ...flags);
}

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

const leak = () => `OPENAI_API_KEY = "${fakeOpenAiProjectKey()}"\n`;

beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), "keyguard global it's-")));
  home = join(base, 'a home');
  mkdirSync(home);
  writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Test\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = main\n');
  env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_GLOBAL: globalConfig(), GIT_CONFIG_NOSYSTEM: '1' };
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('keyguard init --global', () => {
  it('guards a repository without package.json: a key is blocked, a clean commit passes; a second run changes nothing', () => {
    const first = init();
    expect(first.status, output(first)).toBe(0);
    expect(gitOk(home, 'config', '--global', 'core.hooksPath').trim()).toBe(hooksDir());
    const snapshot = () => [readFileSync(globalConfig(), 'utf8'), ...readdirSync(hooksDir()).map((f) => readFileSync(join(hooksDir(), f), 'utf8'))];
    const before = snapshot();
    const second = init();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already set up, nothing changed');
    expect(snapshot()).toEqual(before);

    const repo = makeRepo('python app');
    const blocked = commitFile(repo, 'settings.py', leak());
    expect(blocked.status).not.toBe(0);
    expect(output(blocked)).toContain('settings.py:1:19');
    expect(gitIn(repo, 'rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0);
    gitOk(repo, 'rm', '-q', '--cached', 'settings.py');
    expect(commitFile(repo, 'app.py', 'import os\nKEY = os.environ["OPENAI_API_KEY"]\n').status).toBe(0);
  });

  it('checks commit messages too (commit-msg)', () => {
    expect(init().status).toBe(0);
    const repo = makeRepo('repo');
    writeFileSync(join(repo, 'a.txt'), 'a\n');
    gitOk(repo, 'add', 'a.txt');
    const commit = gitIn(repo, 'commit', '-m', `tried with ${fakeOpenAiProjectKey()}`);
    expect(commit.status).not.toBe(0);
    expect(output(commit)).toContain('1 secret in the commit message');
  });

  it("runs the repository's own .git/hooks first: they still run, and their failure still blocks", () => {
    expect(init().status).toBe(0);
    const repo = makeRepo('with hooks');
    const log = join(base, 'own hook.log');
    writeHook(join(repo, '.git', 'hooks', 'pre-commit'), log);
    writeHook(join(repo, '.git', 'hooks', 'post-commit'), log); // a hook keyguard has nothing to do with
    expect(commitFile(repo, 'a.txt', 'a\n').status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('ran \nran \n');

    writeHook(join(repo, '.git', 'hooks', 'pre-commit'), log, 3);
    const refused = commitFile(repo, 'b.txt', 'b\n');
    expect(refused.status).not.toBe(0);
    expect(gitOk(repo, 'log', '--format=%s')).toBe('add a.txt\n');
    // Its own hook passing does not let a key through.
    writeHook(join(repo, '.git', 'hooks', 'pre-commit'), log, 0);
    expect(commitFile(repo, 'c.py', leak()).status).not.toBe(0);
  });

  it('a new git clone is guarded too, and its linked worktrees find the main repository\'s hooks', () => {
    expect(init().status).toBe(0);
    const origin = makeRepo('origin');
    expect(commitFile(origin, 'README.md', '# x\n').status).toBe(0);
    const clone = join(base, 'the clone');
    gitOk(base, 'clone', '-q', origin, clone);
    expect(commitFile(clone, 'leak.py', leak()).status).not.toBe(0);

    const log = join(base, 'wt.log');
    writeHook(join(clone, '.git', 'hooks', 'pre-commit'), log);
    gitOk(clone, 'rm', '-q', '--cached', 'leak.py');
    const worktree = join(base, 'linked tree');
    gitOk(clone, 'worktree', 'add', '-q', '-b', 'side', worktree);
    expect(commitFile(worktree, 'w.txt', 'w\n').status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('ran \n');
  });

  /** A repository whose origin is a new bare repository beside it. */
  function pushingRepo(name: string): { remote: string; repo: string } {
    const remote = join(base, `${name}-remote.git`);
    gitOk(base, 'init', '-q', '--bare', remote);
    const repo = makeRepo(name);
    gitOk(repo, 'remote', 'add', 'origin', remote);
    return { remote, repo };
  }

  it("pre-push: git's ref lines reach both the repository's pre-push hook and keyguard", () => {
    expect(init().status).toBe(0);
    const { remote, repo } = pushingRepo('pusher');
    const log = join(base, 'push.log');
    writeHook(join(repo, '.git', 'hooks', 'pre-push'), log);
    expect(commitFile(repo, 'a.txt', 'a\n').status).toBe(0);
    expect(gitIn(repo, 'push', '-q', 'origin', 'main').status).toBe(0);
    const head = gitOk(repo, 'rev-parse', 'HEAD').trim();
    expect(readFileSync(log, 'utf8')).toBe(`ran origin ${remote}\nrefs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`);

    expect(commitFile(repo, 'leak.py', leak(), '--no-verify').status).toBe(0);
    const push = gitIn(repo, 'push', 'origin', 'main');
    expect(push.status).not.toBe(0);
    expect(output(push)).toContain('push blocked, 1 secret in commits not yet on origin');
    expect(readFileSync(log, 'utf8')).toContain(`refs/heads/main ${gitOk(repo, 'rev-parse', 'HEAD').trim()} refs/heads/main ${head}\n`);
    expect(gitOk(remote, 'rev-parse', 'main').trim()).toBe(head);
  });

  it('pre-push refuses with its reason (exit 2, with the bypass) when the ref lines cannot be saved for both readers', () => {
    expect(init().status).toBe(0);
    const { remote, repo } = pushingRepo('pusher-tmp');
    expect(commitFile(repo, 'a.txt', 'a\n').status).toBe(0);
    const push = git(repo, ['push', 'origin', 'main'], { ...env, TMPDIR: join(base, 'no-such-dir') });
    expect(push.status).not.toBe(0);
    expect(push.stderr).toContain('this push cannot be checked, so it is refused: the refs git sent could not be saved');
    expect(push.stderr).toContain('git push --no-verify');
    expect(gitIn(remote, 'rev-parse', '--verify', '-q', 'main').status).not.toBe(0);
  });

  it('chains to a global core.hooksPath set before, and --uninstall restores it exactly', () => {
    const previous = join(base, "team's hooks");
    const log = join(base, 'team.log');
    writeHook(join(previous, 'pre-commit'), log);
    gitOk(home, 'config', '--global', 'core.hooksPath', previous);
    const configBefore = readFileSync(globalConfig(), 'utf8');

    const installed = init();
    expect(installed.stdout).toContain(`it was ${previous}`);
    const repo = makeRepo('repo');
    // A hook in .git/hooks did not run before (the global hooks path replaced it) and does not now.
    writeHook(join(repo, '.git', 'hooks', 'pre-commit'), join(base, 'local.log'));
    expect(commitFile(repo, 'a.txt', 'a\n').status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('ran \n');
    expect(existsSync(join(base, 'local.log'))).toBe(false);
    // Blocked by the finding (the copied bundle reaches its copied rules, dist/rules.cjs), not by an error.
    const blocked = commitFile(repo, 'leak.py', leak());
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain('[openai-project-key]');

    const removed = init('--uninstall');
    expect(removed.status, output(removed)).toBe(0);
    expect(readFileSync(globalConfig(), 'utf8')).toBe(configBefore);
    expect(existsSync(join(home, '.config'))).toBe(false); // created by init, empty again
    expect(init('--uninstall').stdout).toContain('not installed');
  });

  it('chains to a previous global hooks path written with ~/, as git expands it', () => {
    const log = join(base, 'tilde.log');
    writeHook(join(home, 'my hooks', 'pre-commit'), log);
    gitOk(home, 'config', '--global', 'core.hooksPath', '~/my hooks');
    expect(init().status).toBe(0);
    expect(commitFile(makeRepo('repo'), 'a.txt', 'a\n').status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('ran \n');
    expect(init('--uninstall').status).toBe(0);
    expect(gitOk(home, 'config', '--global', 'core.hooksPath')).toBe('~/my hooks\n');
  });

  it('--uninstall unsets core.hooksPath when none was set, and keeps a dispatcher the user edited', () => {
    expect(init().status).toBe(0);
    const edited = join(hooksDir(), 'post-merge');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}# mine\n`);
    // An edited file stops a re-install before anything changes.
    const again = init();
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${edited} was changed since keyguard wrote it`);

    const removed = init('--uninstall');
    expect(removed.status).toBe(0);
    expect(removed.stdout).toContain(`kept ${edited}`);
    expect(gitIn(home, 'config', '--global', 'core.hooksPath').status).toBe(1);
    expect(readdirSync(hooksDir())).toEqual(['post-merge']);
    expect(readdirSync(join(home, '.config', 'keyguard'))).toEqual(['hooks']);
  });

  it('exits 2 when git would still use another hooks path (a later [include] in the global config sets one)', () => {
    const included = join(base, 'included.gitconfig');
    writeFileSync(included, `[core]\n\thooksPath = ${join(base, 'theirs')}\n`);
    // git sets the value where it is (before the include), so the included one still wins.
    writeFileSync(globalConfig(), `${readFileSync(globalConfig(), 'utf8')}[core]\n\thooksPath = ${join(base, 'mine')}\n[include]\n\tpath = ${included}\n`);
    const r = init();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`git still uses core.hooksPath ${join(base, 'theirs')}, not keyguard's directory`);
  });

  it('--uninstall removes nothing (exit 2) when git still reads its hooks path after the reset (the value moved into an [include])', () => {
    expect(init().status).toBe(0);
    const ours = hooksDir();
    // The value now lives in an included file: `git config --global --unset` cannot remove it (exit 5).
    const included = join(base, 'included.gitconfig');
    writeFileSync(included, `[core]\n\thooksPath = ${ours}\n`);
    const withoutOurs = readFileSync(globalConfig(), 'utf8').replace(/\[core\]\n\thooksPath = [^\n]*\n/, '');
    writeFileSync(globalConfig(), `${withoutOurs}[include]\n\tpath = ${included}\n`);
    const r = init('--uninstall');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nothing was removed');
    // The dispatchers git still runs are all there.
    expect(readdirSync(ours)).toContain('pre-commit');
  });

  it('fails closed (exit 2, with the bypass) when its copy of keyguard is gone', () => {
    expect(init().status).toBe(0);
    const lib = join(home, '.config', 'keyguard', 'lib');
    renameSync(lib, `${lib}.moved`);
    const repo = makeRepo('repo');
    const commit = commitFile(repo, 'a.txt', 'a\n');
    expect(commit.status).not.toBe(0); // git reports any hook failure as 1; the hook's own 2 is in its message
    expect(gitIn(repo, 'rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0);
    expect(commit.stderr).toContain('this commit cannot be checked, so it is refused');
    expect(commit.stderr).toContain('git commit --no-verify');
  });

  it.skipIf(!hasPreCommit)(`the pre-commit framework's hook, installed with the global hooks path hidden, runs before keyguard${hasPreCommit ? '' : ' (skipped: pre-commit is not installed)'}`, () => {
    expect(init().status).toBe(0);
    const repo = makeRepo('framework');
    const log = join(base, 'framework.log');
    writeFileSync(join(repo, '.pre-commit-config.yaml'), [
      'repos:', '  - repo: local', '    hooks:', '      - id: marker', '        name: marker', '        language: system',
      `        entry: sh -c 'echo framework >> "$0"' ${JSON.stringify(log)}`, '        pass_filenames: false', '        always_run: true', '',
    ].join('\n'));
    const preCommit = (args: string[], extra: Record<string, string> = {}) =>
      spawnSync('pre-commit', args, { cwd: repo, env: cleanEnv({ ...env, PRE_COMMIT_HOME: join(base, 'pc'), ...extra }), encoding: 'utf8' });
    // pre-commit refuses any core.hooksPath, also the global one ("Cowardly refusing…"); hiding the
    // global config from that one command lets it write .git/hooks/pre-commit, which the dispatcher runs.
    expect(preCommit(['install']).status).toBe(1);
    const installed = preCommit(['install'], { GIT_CONFIG_GLOBAL: '/dev/null' });
    expect(installed.status, installed.stderr).toBe(0);
    gitOk(repo, 'add', '.pre-commit-config.yaml');
    expect(commitFile(repo, 'a.txt', 'a\n').status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('framework\n');
    expect(commitFile(repo, 'leak.py', leak()).status).not.toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('framework\nframework\n');
  });

  it('says so when run in a repository whose own core.hooksPath (husky) beats the global one', () => {
    const repo = makeRepo('husky project');
    gitOk(repo, 'config', 'core.hooksPath', '.husky/_');
    const r = runKeyguard(repo, ['init', '--global'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('This repository is one of them: it sets core.hooksPath .husky/_ itself');
    expect(init().stdout).not.toContain('This repository is one of them');
  });

  it('--uninstall needs --global; --global takes no project options', () => {
    expect(runKeyguard(home, ['init', '--uninstall'], env).status).toBe(2);
    expect(runKeyguard(home, ['init', '--global', '--lint-staged'], env).status).toBe(2);
    expect(existsSync(join(home, '.config', 'keyguard'))).toBe(false);
  });
});
