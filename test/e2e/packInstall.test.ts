import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../helpers/fakeKeys.js';
import { makeNpmProject, ok, pack, run } from '../helpers/npmProject.js';
import { CLI } from '../helpers/runCli.js';

/**
 * The package as users get it (husky's own test pattern): `npm pack` this checkout, install the
 * tarball into a fresh project with its own package.json and git repository, `npx keyguard init`,
 * then real `git commit`s and a real `git push` through the installed hooks.
 * No network: `npm pack --ignore-scripts` uses the dist/ that `npm test` has just built (the
 * package's `prepare` would rebuild it and run husky on this checkout), and husky is packed from
 * this checkout's node_modules, so `npm install --offline` of the two tarballs needs no registry.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TIMEOUT = 180_000;
let work = '';
let app = '';

const HOOK_FILES = ['package.json', '.gitignore', '.husky/pre-commit', '.husky/commit-msg', '.husky/pre-push'];
const snapshot = (dir = app) => HOOK_FILES.map((f) => readFileSync(join(dir, f), 'utf8'));

let tarballs: string[] = [];

/** A key staged in index.js: the real commit is refused, naming where. */
async function expectLeakBlocked(dir: string): Promise<void> {
  writeFileSync(join(dir, 'index.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
  await ok(dir, 'git', ['add', 'index.js']);
  const leak = await run(dir, 'git', ['commit', '-m', 'leak']);
  expect(leak.status).not.toBe(0);
  expect(leak.stdout + leak.stderr).toContain('index.js:1:14');
}

/** A fresh project with its own package.json and git repository, the two tarballs installed. */
async function makeApp(name: string, manifest: Record<string, unknown> = {}): Promise<string> {
  const dir = await makeNpmProject(join(work, name), { name, ...manifest });
  await ok(dir, 'npm', ['install', '--no-audit', '--no-fund', '--offline', '--save-dev', ...tarballs]);
  return dir;
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  work = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-e2e-')));
  tarballs = [await pack(work, ROOT), await pack(work, join(ROOT, 'node_modules', 'husky'))];
  app = await makeApp('e2e-app');
}, TIMEOUT);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('packed package installed into a fresh project', () => {
  it('init wires the hooks; a leaking commit is refused, a clean one passes; init again changes nothing', async () => {
    const init = await ok(app, 'npx', ['--no', 'keyguard', 'init']);
    expect(init).toContain('.husky/pre-commit');
    expect((await ok(app, 'git', ['config', 'core.hooksPath'])).trim()).toBe('.husky/_');
    // The hooks start the installed binary: no npx resolution on every commit, no registry lookup.
    for (const hook of ['pre-commit', 'commit-msg', 'pre-push']) expect(readFileSync(join(app, '.husky', hook), 'utf8')).not.toMatch(/\bnpx\b/);
    expect(init).toContain('checked .husky/pre-commit: reaches keyguard check-staged');
    await ok(app, 'git', ['add', '-A']);
    expect((await run(app, 'git', ['commit', '-q', '-m', 'setup'])).status).toBe(0);

    const key = fakeOpenAiProjectKey();
    writeFileSync(join(app, 'index.js'), `const client = new OpenAI({ apiKey: "${key}" });\n`);
    await ok(app, 'git', ['add', 'index.js']);
    const leak = await run(app, 'git', ['commit', '-m', 'leak']);
    expect(leak.status).not.toBe(0);
    const said = leak.stdout + leak.stderr;
    expect(said).toContain('commit blocked');
    expect(said).toContain('index.js:1:');
    expect(said).toContain('https://platform.openai.com/api-keys'); // revoke the key
    expect(said).toContain('OPENAI_API_KEY'); // read it from the environment instead
    expect(said).toContain('git restore --staged');
    expect(said).not.toContain(key); // masked, never the key itself
    // The remediation as a husky user sees it (issue 11, point 4): one fix block, revoke said once, short.
    expect(said.split('How to fix it:')).toHaveLength(2);
    expect(said.match(/revoke/gi)).toHaveLength(1);
    expect(said).not.toContain('history is still clean');
    expect(said.trim().split('\n').length).toBeLessThanOrEqual(22);
    expect(await ok(app, 'git', ['log', '--format=%s'])).toBe('setup\n');
    expect(await ok(app, 'git', ['ls-files'])).not.toContain('node_modules/');

    writeFileSync(join(app, 'index.js'), 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n');
    await ok(app, 'git', ['add', 'index.js']);
    expect((await run(app, 'git', ['commit', '-q', '-m', 'clean'])).status).toBe(0);
    // The commit-msg hook: a key pasted into the message is refused too.
    const message = await run(app, 'git', ['commit', '--allow-empty', '-m', `retry with ${key}`]);
    expect(message.status).not.toBe(0);
    expect(message.stdout + message.stderr).toContain('1 secret in the commit message');
    expect(message.stdout + message.stderr).not.toContain(key);

    const before = snapshot();
    expect(await ok(app, 'npx', ['--no', 'keyguard', 'init'])).toContain('nothing changed');
    expect(snapshot()).toEqual(before);
    expect(await ok(app, 'git', ['status', '--porcelain'])).toBe('');
  }, TIMEOUT);

  it('the pre-push hook refuses a key committed with --no-verify', async () => {
    const remote = join(work, 'remote.git');
    await ok(work, 'git', ['init', '-q', '--bare', remote]);
    await ok(app, 'git', ['remote', 'add', 'origin', remote]);
    expect((await run(app, 'git', ['push', '-q', 'origin', 'main'])).status).toBe(0);

    writeFileSync(join(app, 'config.js'), `export const key = "${fakeOpenAiProjectKey()}";\n`);
    await ok(app, 'git', ['add', 'config.js']);
    await ok(app, 'git', ['commit', '-q', '--no-verify', '-m', 'sneak a key past the pre-commit hook']);
    const push = await run(app, 'git', ['push', 'origin', 'main']);
    expect(push.status).not.toBe(0);
    expect(push.stdout + push.stderr).toContain('push blocked');
    expect(push.stdout + push.stderr).toContain('config.js:1:');
    expect(await ok(remote, 'git', ['log', '--format=%s', 'main'])).not.toContain('sneak');
  }, TIMEOUT);

  it('an existing hook ending in exit 0 still blocks after init; without the installed keyguard the hook says so, exit 2', async () => {
    const dir = await makeApp('e2e-existing-hook');
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky', 'pre-commit'), 'echo "team hook ran"\nexit 0\n');
    writeFileSync(join(dir, '.husky', 'pre-push'), '#!/usr/bin/env python3\nprint("push")\n');
    const refused = await run(dir, 'npx', ['--no', 'keyguard', 'init']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('.husky/pre-push');
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe('echo "team hook ran"\nexit 0\n');
    rmSync(join(dir, '.husky', 'pre-push'));
    expect(await ok(dir, 'npx', ['--no', 'keyguard', 'init'])).toContain('checked .husky/pre-commit: reaches keyguard check-staged');
    await ok(dir, 'git', ['add', '-A']);
    expect((await run(dir, 'git', ['commit', '-q', '-m', 'setup'])).status).toBe(0);

    await expectLeakBlocked(dir);

    rmSync(join(dir, 'node_modules', '.bin', 'keyguard'));
    const missing = await run(dir, 'git', ['commit', '-m', 'leak']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('keyguard: this commit cannot be checked, so it is refused: keyguard is not installed in the project root');
    expect(missing.stderr).toContain('husky - pre-commit script failed (code 2)');
    expect(missing.stderr).not.toMatch(/npx|not found|npm error/);
    expect(await ok(dir, 'git', ['log', '--format=%s'])).toBe('setup\n');
  }, TIMEOUT);

  it('init --lint-staged: lint-staged runs keyguard check-files on the staged files of a real commit', async () => {
    const dir = await makeApp('e2e-lint-staged', { 'lint-staged': { '*.js': 'node --check' } });
    // lint-staged itself is not under test: linked from this checkout (its dependencies need no registry).
    symlinkSync(join(ROOT, 'node_modules', 'lint-staged'), join(dir, 'node_modules', 'lint-staged'));
    symlinkSync(join(ROOT, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js'), join(dir, 'node_modules', '.bin', 'lint-staged'));
    expect(await ok(dir, 'npx', ['--no', 'keyguard', 'init', '--lint-staged'])).toContain('keyguard check-files');
    await ok(dir, 'git', ['add', '-A']);
    expect((await run(dir, 'git', ['commit', '-q', '-m', 'setup'])).status).toBe(0);

    await expectLeakBlocked(dir);
    expect(await ok(dir, 'git', ['log', '--format=%s'])).toBe('setup\n');
    writeFileSync(join(dir, 'index.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    await ok(dir, 'git', ['add', 'index.js']);
    expect((await run(dir, 'git', ['commit', '-q', '-m', 'clean'])).status).toBe(0);

    const before = snapshot(dir);
    expect(await ok(dir, 'npx', ['--no', 'keyguard', 'init', '--lint-staged'])).toContain('nothing changed');
    expect(snapshot(dir)).toEqual(before);
  }, TIMEOUT);
});
