import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { cleanEnv } from '../../helpers/runCli.js';
import { spawnAsync } from '../../helpers/spawnAsync.js';

/**
 * The real pre-commit framework (Debian's package: 3.0.4 on bookworm; .ci/run installs it) installs
 * keyguard from a snapshot of this checkout and runs it on real `git commit`s. Offline but for the
 * npm registry: node hooks use the system node (`language_version: system` is pre-commit's default
 * when node and npm are on PATH), npm installs keyguard's devDependencies to build it.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = version.status === 0;
const skipReason = available ? '' : ' (skipped: the pre-commit command is not installed; apt-get install pre-commit)';

let base = '';
beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-pre-commit-')));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));
/** pre-commit's cache and git's global config, both sandboxed: nothing of the developer's is read or written. */
const env = () => cleanEnv({ PRE_COMMIT_HOME: join(base, 'cache'), GIT_CONFIG_GLOBAL: join(base, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1' });
const run = (cwd: string, command: string, args: readonly string[]) => spawnAsync(command, args, { cwd, env: env(), timeout: 600_000 });

async function ok(cwd: string, command: string, args: readonly string[]): Promise<string> {
  const r = await run(cwd, command, args);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/**
 * A commit holding this checkout's working tree as it is (tracked and untracked files, .gitignore
 * respected), in a clone outside it: what a user's `rev:` points at, without committing here.
 */
async function snapshotOfCheckout(dest: string): Promise<string> {
  await ok(base, 'git', ['clone', '-q', '--no-hardlinks', ROOT, dest]);
  const files = (await ok(ROOT, 'git', ['ls-files', '-z', '-co', '--exclude-standard'])).split('\0').filter((f) => f !== '');
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) {
      rmSync(join(dest, file), { force: true }); // deleted in the working tree
      continue;
    }
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dest, file));
  }
  await ok(dest, 'git', ['add', '-A']);
  await ok(dest, 'git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'snapshot']);
  return (await ok(dest, 'git', ['rev-parse', 'HEAD'])).trim();
}

describe.skipIf(!available)(`the pre-commit framework installs and runs keyguard for real${skipReason}`, () => {
  let user = '';
  beforeAll(async () => {
    user = join(base, 'user');
    writeFileSync(join(base, 'gitconfig'), '[user]\n\tname = Test\n\temail = test@example.invalid\n[commit]\n\tgpgsign = false\n');
    const rev = await snapshotOfCheckout(join(base, 'keyguard'));
    mkdirSync(user);
    await ok(user, 'git', ['init', '-q', '-b', 'main']);
    writeFileSync(join(user, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(join(base, 'keyguard'))}\n    rev: ${rev}\n    hooks:\n      - id: keyguard\n`);
    await ok(user, 'git', ['add', '.pre-commit-config.yaml']);
    await ok(user, 'git', ['commit', '-q', '-m', 'pre-commit config']);
    await ok(user, 'pre-commit', ['install']);
    // The first install builds keyguard (npm install with its devDependencies, the build, npm pack); reported, not asserted.
    const started = performance.now();
    await ok(user, 'pre-commit', ['install-hooks']);
    console.log(`${version.stdout.trim()}: first install of the keyguard hook took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);

  it('a real git commit with a key is blocked, and nothing is committed', async () => {
    const head = (await ok(user, 'git', ['rev-parse', 'HEAD'])).trim();
    writeFileSync(join(user, 'leak.py'), `OPENAI_API_KEY = "${fakeOpenAiProjectKey()}"\n`);
    await ok(user, 'git', ['add', 'leak.py']);
    const commit = await run(user, 'git', ['commit', '-m', 'leak']);
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('leak.py:1:19');
    expect(commit.stdout + commit.stderr).toMatch(/keyguard \(block API keys in staged changes\)\.+Failed/);
    expect((await ok(user, 'git', ['rev-parse', 'HEAD'])).trim()).toBe(head);
    await ok(user, 'git', ['rm', '-q', '--cached', 'leak.py']);
    rmSync(join(user, 'leak.py'));
  }, 120_000);

  it('a clean real git commit passes through the hook', async () => {
    writeFileSync(join(user, 'app.py'), 'import os\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    await ok(user, 'git', ['add', 'app.py']);
    const commit = await run(user, 'git', ['commit', '-m', 'clean']);
    expect(commit.stdout + commit.stderr).toMatch(/keyguard \(block API keys in staged changes\)\.+Passed/);
    expect(commit.status).toBe(0);
    expect(await ok(user, 'git', ['log', '-1', '--format=%s'])).toBe('clean\n');
  }, 120_000);
});

/**
 * pre-commit 4.6.1 and later install a node hook with this one npm command (pre_commit/languages/node.py)
 * instead of npm install + npm pack; no Debian package has such a pre-commit yet, so the command itself
 * runs here. npm prepares the git dependency with a nested install that inherits npm_config_global and
 * leaves the clone without devDependencies: scripts/ensureBuildDeps.mjs installs them (docs/pre-commit.md).
 */
describe('the install command of pre-commit 4.6.1+ (npm install -g git+file://…)', () => {
  it('builds keyguard from the git repository and installs a working keyguard', async () => {
    const rev = await snapshotOfCheckout(join(base, 'keyguard-git'));
    const prefix = join(base, 'node_env');
    const install = await spawnAsync('npm', ['install', '--allow-git=root', '--install-links', '-g', `git+file://${join(base, 'keyguard-git')}#${rev}`], {
      cwd: base,
      env: { ...env(), NPM_CONFIG_PREFIX: prefix, npm_config_prefix: prefix, NPM_CONFIG_USERCONFIG: '', npm_config_userconfig: '' },
      timeout: 600_000,
    });
    expect(install.status, install.stdout + install.stderr).toBe(0);
    const version = await ok(base, join(prefix, 'bin', 'keyguard'), ['version']);
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 600_000);
});
