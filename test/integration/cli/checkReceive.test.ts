import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { fingerprint } from '../../../src/report/fingerprint.js';
import { CLI, cleanEnv, git } from '../../helpers/runCli.js';
import { makeTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const ZERO = '0'.repeat(40);

function tempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The server's hooks/pre-receive: the built CLI, as an administrator would install it (docs/server-hooks.md). */
function installReceiveHook(server: string, args: readonly string[] = []): void {
  const hook = join(server, 'hooks', 'pre-receive');
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" check-receive ${quoted}\n`);
  chmodSync(hook, 0o755);
}

/**
 * A bare "server" repository holding the clone's first commit (pushed before the hook exists), a
 * clone with `origin` pointing at it, and the hook installed with `args`.
 */
function setup(args: readonly string[] = []): { r: TempRepo; server: string } {
  const r = makeTempRepo();
  cleanups.push(() => r.cleanup());
  const server = tempDir('keyguard-server-');
  r.git(['init', '-q', '--bare', '-b', 'main', server]);
  r.git(['remote', 'add', 'origin', server]);
  r.git(['push', '-q', 'origin', 'main']);
  installReceiveHook(server, args);
  return { r, server };
}

function commit(r: TempRepo, path: string, content: string, message = `edit ${path}`): string {
  r.write(path, content);
  r.git(['add', '-A']);
  r.git(['commit', '-q', '--no-verify', '-m', message]);
  return r.git(['rev-parse', 'HEAD']).trim();
}

/** `git push` from the clone; the hook's output comes back as `remote:` lines on stderr. */
function push(r: TempRepo, args: readonly string[], env: Record<string, string> = {}) {
  const run = git(r.dir, ['push', ...args], env);
  return { status: run.status, output: run.stdout + run.stderr };
}

const refOf = (server: string, ref: string) => git(server, ['rev-parse', '-q', '--verify', ref]).stdout.trim();
const serverHas = (server: string, id: string) => git(server, ['cat-file', '-e', id]).status === 0;

/** `keyguard check-receive` run directly in `cwd` with git's pre-receive stdin. */
function checkReceive(cwd: string, stdin: string, args: readonly string[] = []) {
  const run = spawnSync(process.execPath, [CLI, 'check-receive', ...args], { cwd, env: cleanEnv(), input: stdin, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('keyguard check-receive as a real pre-receive hook', () => {
  it('rejects a push with a key: refs unchanged, the quarantined objects gone; the cleaned push passes', () => {
    const { r, server } = setup();
    const before = refOf(server, 'refs/heads/main');
    const key = fakeOpenAiProjectKey();
    const bad = commit(r, 'app.js', `const k = "${key}";\n`);
    const rejected = push(r, ['origin', 'main']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.output).toContain('remote: keyguard: push rejected, 1 secret in the pushed commits');
    expect(rejected.output).toContain('pre-receive hook declined');
    expect(rejected.output).toContain(`commit ${bad.slice(0, 12)}`);
    // The pusher's clone is where the fix happens: their tip is the last commit.
    expect(rejected.output).toContain(`it is in the last commit (${bad.slice(0, 12)})`);
    expect(rejected.output).toContain('git commit --amend --no-edit');
    expect(rejected.output).not.toContain('--no-verify');
    expect(rejected.output).not.toContain(key);
    // Not a terminal: no colour codes in what git relays.
    expect(rejected.output).not.toContain('\u001b[');
    expect(refOf(server, 'refs/heads/main')).toBe(before);
    expect(serverHas(server, bad)).toBe(false);

    r.write('app.js', 'const k = process.env.OPENAI_API_KEY;\n');
    r.git(['add', 'app.js']);
    r.git(['commit', '-q', '--amend', '--no-edit']);
    const clean = push(r, ['origin', 'main']);
    expect(clean.status).toBe(0);
    expect(clean.output).toContain('scanned 1 commit(s)');
    expect(refOf(server, 'refs/heads/main')).toBe(r.git(['rev-parse', 'HEAD']).trim());
  });

  it('scans only what the server lacks: a new branch, a forced push, a deletion', () => {
    const { r, server } = setup();
    // A key the server got before the hook existed is not this push's doing.
    rmSync(join(server, 'hooks', 'pre-receive'));
    const old = commit(r, 'old.env', `AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n`);
    r.git(['push', '-q', 'origin', 'main']);
    installReceiveHook(server);

    r.git(['checkout', '-q', '-b', 'topic']);
    commit(r, 'clean.txt', 'clean\n');
    const branch = push(r, ['origin', 'topic']);
    expect(branch.status).toBe(0);
    expect(branch.output).toContain('scanned 1 commit(s)');

    // A forced push that replaces the branch: only the replacement commits are new.
    const leak = commit(r, 'leak.txt', `${fakeOpenAiProjectKey()}\n`);
    const update = push(r, ['origin', 'topic']);
    expect(update.status).toBe(1);
    expect(update.output).toContain('leak.txt');
    expect(update.output).not.toContain('old.env');
    r.git(['reset', '-q', '--hard', 'HEAD~2']);
    commit(r, 'other.txt', 'other\n');
    const forced = push(r, ['--force', 'origin', 'topic']);
    expect(forced.status).toBe(0);
    expect(forced.output).toContain('scanned 1 commit(s)');
    expect(serverHas(server, leak)).toBe(false);
    expect(refOf(server, 'refs/heads/main')).toBe(old);

    const deletion = push(r, ['origin', '--delete', 'topic']);
    expect(deletion.status).toBe(0);
    expect(deletion.output).toContain('only deletes refs');
    expect(refOf(server, 'refs/heads/topic')).toBe('');
  });

  it('tags: a lightweight tag of a new commit, an annotated tag whose message holds a key', () => {
    const { r, server } = setup();
    r.git(['checkout', '-q', '-b', 'side']);
    const tagged = commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    r.git(['tag', 'light']);
    const light = push(r, ['origin', 'light']);
    expect(light.status).toBe(1);
    expect(light.output).toContain('k.txt');
    expect(serverHas(server, tagged)).toBe(false);

    r.git(['checkout', '-q', 'main']);
    r.git(['tag', '-a', 'v1', '-m', `release\n\nAWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}`]);
    const tag = r.git(['rev-parse', 'v1']).trim();
    const annotated = push(r, ['origin', 'v1']);
    expect(annotated.status).toBe(1);
    expect(annotated.output).toContain(`tag message of ${tag.slice(0, 12)}:3:19`);
    expect(refOf(server, 'refs/tags/v1')).toBe('');
    r.git(['tag', '-f', '-a', 'v1', '-m', 'release']);
    expect(push(r, ['origin', 'v1']).status).toBe(0);
    expect(refOf(server, 'refs/tags/v1')).toBe(r.git(['rev-parse', 'v1']).trim());
  });

  it('a key only in a commit message is rejected', () => {
    const { r, server } = setup();
    r.write('a.txt', 'a\n');
    r.git(['add', 'a.txt']);
    r.git(['commit', '-q', '--no-verify', '-m', `add a\n\nused ${fakeOpenAiProjectKey()} to test`]);
    const bad = r.git(['rev-parse', 'HEAD']).trim();
    const run = push(r, ['origin', 'main']);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`commit message of ${bad.slice(0, 12)}:3:6`);
    expect(serverHas(server, bad)).toBe(false);
  });

  it('a 1,000-commit push is scanned whole: a key in its oldest commit is found', async () => {
    const { r, server } = setup();
    const base = r.git(['rev-parse', 'HEAD']).trim();
    const stream = (first: string) => {
      const parts: string[] = [];
      for (let i = 1; i <= 1000; i++) {
        const content = i === 1 ? first : `line ${i}\n`;
        const message = `commit ${i}\n`;
        parts.push(
          'commit refs/heads/bulk',
          `committer t <t@example.invalid> ${1700000000 + i} +0000`,
          `data ${Buffer.byteLength(message)}`,
          message,
          ...(i === 1 ? [`from ${base}`] : []),
          `M 644 inline f${i % 7}.txt`,
          `data ${Buffer.byteLength(content)}`,
          content,
        );
      }
      return `${parts.join('\n')}\n`;
    };
    await r.gitAsync(['fast-import', '--quiet', '--force'], { input: stream(`AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n`) });
    const rejected = push(r, ['origin', 'bulk']);
    expect(rejected.status).toBe(1);
    expect(rejected.output).toContain('scanned 1000 commit(s)');
    expect(rejected.output).toContain('f1.txt');
    expect(refOf(server, 'refs/heads/bulk')).toBe('');
    await r.gitAsync(['fast-import', '--quiet', '--force'], { input: stream('clean\n') });
    const accepted = push(r, ['--force', 'origin', 'bulk']);
    expect(accepted.status).toBe(0);
    expect(accepted.output).toContain('scanned 1000 commit(s)');
  });

  it('keyguard.skip is honoured only where the server allows it, said and logged, never with the key', () => {
    const { r, server } = setup();
    git(server, ['config', 'receive.advertisePushOptions', 'true']);
    const key = fakeOpenAiProjectKey();
    const bad = commit(r, 'k.txt', `${key}\n`);
    const refused = push(r, ['-o', 'keyguard.skip=test fixture', 'origin', 'main']);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('does not allow it (no --allow-skip): the push was scanned');
    expect(refused.output).not.toContain('this server allows a conscious bypass');

    const log = join(tempDir('keyguard-log-'), 'bypass.log');
    installReceiveHook(server, ['--allow-skip', '--log', log]);
    const offered = push(r, ['origin', 'main']);
    expect(offered.status).toBe(1);
    expect(offered.output).toContain('this server allows a conscious bypass, logged with your name and reason: git push -o keyguard.skip=');
    const noReason = push(r, ['-o', 'keyguard.skip', 'origin', 'main']);
    expect(noReason.status).not.toBe(0);
    expect(noReason.output).toContain('keyguard.skip needs a reason');
    expect(existsSync(log)).toBe(false);

    const skipped = push(r, ['-o', `keyguard.skip=fixture, pasted ${key} by mistake`, 'origin', 'main'], { GL_USERNAME: 'alice' });
    expect(skipped.status).toBe(0);
    expect(skipped.output).toContain('push NOT scanned: keyguard.skip by alice');
    expect(skipped.output).not.toContain(key);
    expect(refOf(server, 'refs/heads/main')).toBe(bad);
    const entry = JSON.parse(readFileSync(log, 'utf8').trim());
    expect(entry).toMatchObject({ event: 'skip', pusher: 'alice', refs: [{ ref: 'refs/heads/main', new: bad }] });
    expect(entry.reason).toContain('fixture, pasted sk-proj-');
    expect(readFileSync(log, 'utf8')).not.toContain(key);

    // A bypass that cannot be recorded is not granted.
    installReceiveHook(server, ['--allow-skip', '--log', join(log, 'not-a-directory', 'bypass.log')]);
    const next = commit(r, 'k2.txt', `${fakeOpenAiProjectKey()}\n`);
    const unlogged = push(r, ['-o', 'keyguard.skip=fixture', 'origin', 'main']);
    expect(unlogged.status).not.toBe(0);
    expect(unlogged.output).toContain('an unrecorded bypass is not granted');
    expect(serverHas(server, next)).toBe(false);
  });

  it('a push over its time budget is rejected, or accepted with a warning and logged', () => {
    const { r, server } = setup(['--time-budget', '0.001']);
    const next = commit(r, 'a.txt', 'a\n');
    const rejected = push(r, ['origin', 'main']);
    expect(rejected.status).not.toBe(0);
    expect(rejected.output).toContain('did not finish within its time budget (0.001 s), so the push was refused');
    expect(serverHas(server, next)).toBe(false);

    const log = join(tempDir('keyguard-log-'), 'bypass.log');
    installReceiveHook(server, ['--time-budget', '0.001', '--on-timeout', 'accept', '--log', log]);
    const accepted = push(r, ['origin', 'main'], { REMOTE_USER: 'bob' });
    expect(accepted.status).toBe(0);
    expect(accepted.output).toContain('WARNING: WITHOUT A COMPLETE SCAN (--on-timeout accept)');
    expect(refOf(server, 'refs/heads/main')).toBe(next);
    expect(JSON.parse(readFileSync(log, 'utf8').trim())).toMatchObject({ event: 'timeout-accepted', pusher: 'bob' });

    // A generous budget changes nothing.
    installReceiveHook(server, ['--time-budget', '600']);
    commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    expect(push(r, ['origin', 'main']).status).toBe(1);
  });

  it('config: HEAD before the push by default (a push cannot loosen its own rules), or the pushed tree, or a server file', () => {
    const { r, server } = setup();
    commit(r, 'k.env', `AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n`);
    commit(r, '.keyguardrc.json', `${JSON.stringify({ disabledRules: ['aws-access-key-id'] })}\n`);
    const own = push(r, ['origin', 'main']);
    expect(own.status).toBe(1);
    expect(own.output).toContain('keyguard config and baseline read from HEAD as it was before this push');

    installReceiveHook(server, ['--config-from', 'pushed']);
    const pushed = push(r, ['origin', 'main']);
    expect(pushed.status).toBe(0);
    expect(pushed.output).toContain('(--config-from pushed)');

    // The loosening config is on the server now; a pinned server-side config still rejects.
    commit(r, 'k2.env', `AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n`);
    const pinned = join(tempDir('keyguard-config-'), 'keyguard.json');
    writeFileSync(pinned, '{}\n');
    installReceiveHook(server, ['--config', pinned]);
    const strict = push(r, ["origin", "main"]);
    expect(strict.status).toBe(1);
    expect(strict.output).toContain(`keyguard config read from ${pinned}; baseline from HEAD as it was before this push`);
    installReceiveHook(server);
    expect(push(r, ['origin', 'main']).status).toBe(0);

    installReceiveHook(server, ['--config', join(tmpdir(), 'keyguard-no-such-config.json')]);
    commit(r, 'b.txt', 'b\n');
    const missing = push(r, ['origin', 'main']);
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('could not read the server-side keyguard file');
    expect(missing.output).toContain('so the server refused it (fail closed)');
  });

  it('a baseline the push brings is not honoured by default; a server-side one is', () => {
    const { r, server } = setup();
    const key = fakeOpenAiProjectKey();
    const baseline = `${JSON.stringify({ version: 1, findings: [{ fingerprint: fingerprint(key), ruleId: 'openai-api-key', file: 'k.txt' }] })}\n`;
    r.write('.keyguard-baseline.json', baseline);
    commit(r, 'k.txt', `${key}\n`);
    expect(push(r, ['origin', 'main']).status).toBe(1);
    const file = join(tempDir('keyguard-baseline-'), 'baseline.json');
    writeFileSync(file, baseline);
    installReceiveHook(server, ['--baseline', file]);
    const accepted = push(r, ['origin', 'main']);
    expect(accepted.status).toBe(0);
    expect(accepted.output).toContain(`baseline from ${file}`);
  });

  it('several refs in one push: one key refuses them all', () => {
    const { r, server } = setup();
    const before = refOf(server, 'refs/heads/main');
    commit(r, 'clean.txt', 'clean\n');
    r.git(['checkout', '-q', '-b', 'side']);
    commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    const run = push(r, ['origin', 'main', 'side']);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('push rejected, 1 secret');
    expect(refOf(server, 'refs/heads/main')).toBe(before);
    expect(refOf(server, 'refs/heads/side')).toBe('');
  });

  it('fails closed (exit 2) on malformed input, an unknown object, a ref to a tree, a bad option value', () => {
    const { r, server } = setup();
    const head = refOf(server, 'refs/heads/main');
    const malformed = checkReceive(server, `${head} refs/heads/main\n`);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain("git's pre-receive input");
    expect(malformed.stderr).toContain('keyguard.skip');
    expect(checkReceive(server, `${head} ${'a'.repeat(64)} refs/heads/main\n`).status).toBe(2);
    const unknown = checkReceive(server, `${head} ${'f'.repeat(40)} refs/heads/main\n`);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('an object this repository (with its quarantine) does not have');
    const tree = r.git(['rev-parse', 'HEAD^{tree}']).trim();
    const treeRef = checkReceive(server, `${ZERO} ${tree} refs/tags/tree\n`);
    expect(treeRef.status).toBe(2);
    expect(treeRef.stderr).toContain('to a tree, not a commit');
    expect(checkReceive(server, `${head} ${ZERO} refs/heads/gone\n`).status).toBe(0);
    const badPolicy = checkReceive(server, '', ['--time-budget', '5', '--on-timeout', 'maybe']);
    expect(badPolicy.status).toBe(2);
    expect(badPolicy.stderr).toContain('unknown --on-timeout "maybe" (reject or accept)');
    expect(checkReceive(server, '', ['--time-budget', '0']).status).toBe(2);
    expect(checkReceive(server, '', ['--on-timeout', 'accept']).status).toBe(2);
    // git passes pre-receive at least one line: none means the input was lost, not "nothing to check".
    const empty = checkReceive(server, '');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('git passed no ref lines');
  });

  it('fails closed (exit 2) when HEAD names a missing branch beside existing ones (its config could not be read)', () => {
    const { r, server } = setup();
    const head = refOf(server, 'refs/heads/main');
    r.write('b.txt', 'b\n');
    r.git(['add', 'b.txt']);
    r.git(['commit', '-q', '-m', 'b']);
    const next = r.git(['rev-parse', 'HEAD']).trim();
    git(server, ['fetch', '-q', r.dir, `${next}:refs/heads/incoming`]); // the object, without the hook
    git(server, ['symbolic-ref', 'HEAD', 'refs/heads/nowhere']);
    const run = checkReceive(server, `${head} ${next} refs/heads/main\n`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("HEAD names a branch that does not exist");
  });

  it('works with the SHA-256 object format (64-digit ids, a 64-zero id for a new ref)', () => {
    const server = tempDir('keyguard-server-');
    const work = tempDir('keyguard-work-');
    git(server, ['init', '-q', '--bare', '--object-format=sha256', '-b', 'main']);
    installReceiveHook(server);
    const run = (args: string[]) => git(work, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]);
    run(['init', '-q', '--object-format=sha256', '-b', 'main']);
    writeFileSync(join(work, 'a.txt'), 'a\n');
    run(['add', 'a.txt']);
    run(['commit', '-q', '-m', 'a']);
    const first = run(['push', server, 'main']);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('scanned 1 commit(s)');
    writeFileSync(join(work, 'k.txt'), `${fakeOpenAiProjectKey()}\n`);
    run(['add', 'k.txt']);
    run(['commit', '-q', '-m', 'k']);
    const bad = run(['rev-parse', 'HEAD']).stdout.trim();
    expect(bad).toHaveLength(64);
    const second = run(['push', server, 'main']);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`commit ${bad.slice(0, 12)}`);
  });

  it('works in a non-bare repository too (the hook runs in its .git directory)', () => {
    const { r } = setup();
    const target = makeTempRepo();
    cleanups.push(() => target.cleanup());
    target.git(['config', 'receive.denyCurrentBranch', 'updateInstead']);
    installReceiveHook(join(target.dir, '.git'));
    r.git(['remote', 'add', 'work', target.dir]);
    r.git(['fetch', '-q', 'work']);
    r.git(['checkout', '-q', '-b', 'feature']);
    commit(r, 'k.txt', `${fakeOpenAiProjectKey()}\n`);
    const run = push(r, ['work', 'feature']);
    expect(run.status).toBe(1);
    expect(run.output).toContain('push rejected, 1 secret');
  });
});
