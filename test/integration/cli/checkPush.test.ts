import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { CLI, cleanEnv, git, installPushHook } from '../../helpers/runCli.js';
import { makeTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A repo with one pushed commit on origin/main and the built CLI as its real pre-push hook. */
function setup(): { r: TempRepo; remote: string } {
  const r = makeTempRepo();
  cleanups.push(() => r.cleanup());
  const remote = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-remote-')));
  cleanups.push(() => rmSync(remote, { recursive: true, force: true }));
  r.git(['init', '-q', '--bare', remote]);
  r.git(['remote', 'add', 'origin', remote]);
  r.git(['push', '-q', '-u', 'origin', 'main']);
  installPushHook(r.dir);
  return { r, remote };
}

/** An empty bare repository, removed after the test. */
function bareRepo(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-remote-')));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  git(dir, ['init', '-q', '--bare']);
  return dir;
}

function commit(r: TempRepo, path: string, content: string): string {
  r.write(path, content);
  r.git(['add', '-A']);
  r.git(['commit', '-q', '--no-verify', '-m', `edit ${path}`]);
  return r.git(['rev-parse', 'HEAD']).trim();
}

/** `keyguard check-push` with git's pre-push stdin, as the hook gets it. */
function checkPush(cwd: string, args: string[], stdin: string) {
  const r = spawnSync(process.execPath, [CLI, 'check-push', ...args], { cwd, env: cleanEnv(), input: stdin, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** git 2.39 passes a pre-push hook's stdout through to its own stdout (newer gits to stderr): read both. */
function pushOutput(r: TempRepo, args: string[]) {
  const push = git(r.dir, ['push', ...args]);
  return { status: push.status, output: push.stdout + push.stderr };
}

const remoteHas = (remote: string, id: string) => git(remote, ['cat-file', '-e', `${id}^{commit}`]).status === 0;

describe('keyguard check-push through a real pre-push hook', () => {
  it('blocks a key committed with --no-verify, lets it through once the commit is rewritten', () => {
    const { r, remote } = setup();
    const key = fakeOpenAiProjectKey();
    const bad = commit(r, 'app.js', `const k = "${key}";\n`);
    const push = pushOutput(r, ['origin', 'main']);
    expect(push.status).not.toBe(0);
    expect(push.output).toContain('push blocked, 1 secret in commits not yet on origin');
    expect(push.output).toContain(`commit ${bad.slice(0, 12)}`);
    expect(push.output).toContain('not pushed');
    expect(push.output).toContain('git commit --amend --no-edit');
    expect(push.output).toContain('git push --no-verify');
    expect(push.output).not.toContain(key);
    expect(remoteHas(remote, bad)).toBe(false);

    r.write('app.js', 'const k = process.env.OPENAI_API_KEY;\n');
    r.git(['add', 'app.js']);
    r.git(['commit', '-q', '--amend', '--no-edit']);
    expect(git(r.dir, ['push', 'origin', 'main']).status).toBe(0);
  });

  it('scans only what the remote lacks: a new branch, an update, a force push, a deletion', () => {
    const { r } = setup();
    // A key the remote already has is not this push's doing.
    commit(r, 'old.env', `AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n`);
    r.git(['-c', 'core.hooksPath=/dev/null', 'push', '-q', 'origin', 'main']);
    r.git(['checkout', '-q', '-b', 'topic']);
    commit(r, 'clean.txt', 'clean\n');
    expect(git(r.dir, ['push', '-u', 'origin', 'topic']).status).toBe(0);
    commit(r, 'leak.txt', `${fakeOpenAiProjectKey()}\n`);
    const update = pushOutput(r, ['origin', 'topic']);
    expect(update.status).toBe(1);
    expect(update.output).toContain('leak.txt');
    expect(update.output).not.toContain('old.env');
    // Force push of a rewritten branch: the new tip is clean.
    r.git(['reset', '-q', '--hard', 'HEAD~1']);
    commit(r, 'fixed.txt', 'fixed\n');
    expect(git(r.dir, ['push', '--force', 'origin', 'topic']).status).toBe(0);
    expect(git(r.dir, ['push', 'origin', '--delete', 'topic']).status).toBe(0);
  });

  it('scans all the pushed commits reach when the old remote tip is unknown here and the URL cannot be asked', () => {
    const { r } = setup();
    const base = r.git(['rev-parse', 'HEAD']).trim();
    const leak = commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    const unknown = 'f'.repeat(40);
    const forced = checkPush(r.dir, ['origin', 'url'], `refs/heads/main ${leak} refs/heads/main ${unknown}\n`);
    expect(forced.status).toBe(1);
    expect(forced.stdout).toContain('k.txt');
    expect(forced.stdout).toContain('note: could not ask url which commits it already has');
    // A remote with no tracking refs at all: everything reachable is new to it.
    const fresh = checkPush(r.dir, ['elsewhere', '/tmp/nowhere'], `refs/heads/main ${base} refs/heads/main ${'0'.repeat(40)}\n`);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toMatch(/scanned 1 commit\(s\)/);
  });

  it('handles ref names with odd characters, and a key that the URL already has on another branch', () => {
    const { r, remote } = setup();
    const odd = "feat/ünï-$(x)'q;|&";
    r.git(['checkout', '-q', '-b', odd]);
    const leak = commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    // Already pushed to another branch of the remote: pushing it again is still blocked, as pushed.
    r.git(['-c', 'core.hooksPath=/dev/null', 'push', '-q', 'origin', `${leak}:refs/heads/elsewhere`]);
    r.git(['fetch', '-q', 'origin']);
    const run = checkPush(r.dir, ['origin', remote], `refs/heads/${odd} ${leak} refs/heads/${odd} ${'0'.repeat(40)}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('scanned 0 commit(s)');
    const direct = checkPush(r.dir, ['other', 'url'], `refs/heads/${odd} ${leak} refs/heads/${odd} ${'0'.repeat(40)}\n`);
    expect(direct.status).toBe(1);
    expect(direct.stdout).toContain('pushed: origin/elsewhere');
    expect(direct.stdout).toContain('Revoke the key NOW');
  });

  it('asks the URL being pushed to, not stale remote-tracking refs: set-url to a new empty repository', () => {
    const { r } = setup();
    // The key reached the first remote (bypassing the hook), so origin/main holds it.
    const leak = commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    r.git(['-c', 'core.hooksPath=/dev/null', 'push', '-q', 'origin', 'main']);
    // A pushurl elsewhere: git hands the hook that URL; origin/main describes the fetch URL.
    const pushTarget = bareRepo();
    r.git(['remote', 'set-url', '--push', 'origin', pushTarget]);
    const viaPushUrl = pushOutput(r, ['origin', 'main']);
    expect(viaPushUrl.status).toBe(1);
    expect(remoteHas(pushTarget, leak)).toBe(false);
    r.git(['config', '--unset', 'remote.origin.pushurl']);
    const fresh = bareRepo();
    r.git(['remote', 'set-url', 'origin', fresh]);
    const push = pushOutput(r, ['origin', 'main']);
    expect(push.status).toBe(1);
    expect(push.output).toContain('k.txt');
    expect(remoteHas(fresh, leak)).toBe(false);
  });

  it('an ordinary push of an existing branch trusts only the tip git reports and asks nothing more', () => {
    const { r } = setup();
    const old = r.git(['rev-parse', 'HEAD']).trim();
    const next = commit(r, 'clean.txt', 'clean\n');
    // An unreachable URL: were it asked, the run would say so in a note.
    const run = checkPush(r.dir, ['origin', join(tmpdir(), 'keyguard-no-such-remote')], `refs/heads/main ${next} refs/heads/main ${old}\n`);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).not.toContain('note:');
    expect(run.stdout).toContain('scanned 1 commit(s)');
    const push = pushOutput(r, ['origin', 'main']);
    expect(push.status).toBe(0);
    expect(push.output).toContain('scanned 1 commit(s)');
  });

  it('a push to a URL rather than a remote name: what that URL has counts, not the tracking refs', () => {
    const { r, remote } = setup();
    const leak = commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    r.git(['-c', 'core.hooksPath=/dev/null', 'push', '-q', 'origin', 'main']);
    r.git(['checkout', '-q', '-b', 'topic']);
    commit(r, 'clean.txt', 'clean\n');
    // The same repository by URL already has the key: only the new commit is this push's doing.
    const same = pushOutput(r, [remote, 'topic']);
    expect(same.status).toBe(0);
    expect(same.output).toContain('scanned 1 commit(s)');
    // Another repository by URL has nothing: the key would reach it.
    const other = bareRepo();
    const blocked = pushOutput(r, [other, 'topic']);
    expect(blocked.status).toBe(1);
    expect(blocked.output).toContain('k.txt');
    expect(remoteHas(other, leak)).toBe(false);
  });

  it('blocks a key that is only in a commit message, and one in an annotated tag message', () => {
    const { r, remote } = setup();
    const key = fakeOpenAiProjectKey();
    r.write('a.txt', 'a\n');
    r.git(['add', 'a.txt']);
    r.git(['commit', '-q', '--no-verify', '-m', `add a\n\nused ${key} to test`]);
    const bad = r.git(['rev-parse', 'HEAD']).trim();
    const push = pushOutput(r, ['origin', 'main']);
    expect(push.status).toBe(1);
    expect(push.output).toContain(`commit message of ${bad.slice(0, 12)}:3:6`);
    expect(push.output).toContain('git commit --amend, and remove the key from the message');
    expect(push.output).not.toContain(key);
    expect(remoteHas(remote, bad)).toBe(false);
    r.git(['commit', '-q', '--amend', '-m', 'add a']);
    expect(git(r.dir, ['push', '-q', 'origin', 'main']).status).toBe(0);
    // A tag on a commit the remote already has: only its message is new.
    r.git(['tag', '-a', 'v1', '-m', `release\n\nAWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}`]);
    const tag = r.git(['rev-parse', 'v1']).trim();
    const tagPush = pushOutput(r, ['origin', 'v1']);
    expect(tagPush.status).toBe(1);
    expect(tagPush.output).toContain(`tag message of ${tag.slice(0, 12)}:3:19`);
    expect(git(remote, ['rev-parse', '-q', '--verify', 'refs/tags/v1']).status).not.toBe(0);
    const json = checkPush(r.dir, ['origin', remote, '--format', 'json'], `refs/tags/v1 ${tag} refs/tags/v1 ${'0'.repeat(40)}\n`);
    expect(JSON.parse(json.stdout).findings).toMatchObject([{ in: 'tag-message', file: '', commit: tag, line: 3 }]);
  });

  it('does nothing for deletions only, fails closed with the push bypass on bad input', () => {
    const { r } = setup();
    const zero = '0'.repeat(40);
    const head = r.git(['rev-parse', 'HEAD']).trim();
    const deletion = checkPush(r.dir, ['origin', 'url'], `(delete) ${zero} refs/heads/gone ${head}\n`);
    expect(deletion).toMatchObject({ status: 0, stderr: '' });
    expect(deletion.stdout).toContain('nothing new to push');
    expect(checkPush(r.dir, ['origin', 'url'], '').status).toBe(0);
    const bad = checkPush(r.dir, ['origin', 'url'], 'refs/heads/main not-an-id refs/heads/main 123\n');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("git's pre-push input");
    expect(bad.stderr).toContain('git push --no-verify');
    expect(bad.stderr).not.toContain('git commit --no-verify');
  });

  it('works in a bare repository (a mirror pushing on): config and baseline come from HEAD', () => {
    const { r } = setup();
    const bad = commit(r, 'leak.env', `AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n`);
    const mirror = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-mirror-')));
    const onward = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-onward-')));
    cleanups.push(() => rmSync(mirror, { recursive: true, force: true }), () => rmSync(onward, { recursive: true, force: true }));
    r.git(['clone', '-q', '--bare', r.dir, mirror]);
    r.git(['init', '-q', '--bare', onward]);
    const hook = join(mirror, 'hooks', 'pre-push');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" check-push "$@"\n`);
    chmodSync(hook, 0o755);

    const blocked = git(mirror, ['push', onward, 'main']);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('push blocked, 1 secret');
    expect(blocked.stdout + blocked.stderr).toContain('read from HEAD');
    expect(blocked.stdout + blocked.stderr).toContain('this repository is bare (no work tree): clone it');
    expect(remoteHas(onward, bad)).toBe(false);

    // The team's config, committed, is the one a bare repository goes by.
    commit(r, '.keyguardrc.json', `${JSON.stringify({ disabledRules: ['aws-access-key-id'] })}\n`);
    r.git(['-c', 'core.hooksPath=/dev/null', 'push', '-q', mirror, 'main']);
    expect(git(mirror, ['push', onward, 'main']).status).toBe(0);
    expect(remoteHas(onward, bad)).toBe(true);
  });
});
