import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../helpers/fakeKeys.js';
import { makeNpmProject, ok, pack, run } from '../helpers/npmProject.js';
import { CLI } from '../helpers/runCli.js';

/**
 * `init --no-install` must leave a project whose next `npm install` works and activates the hooks
 * (issue 11, point 2): it used to set `"prepare": "husky"` without husky in devDependencies, and
 * that install failed with "husky: not found". Real npm, real husky (from the registry or npm's
 * cache: --prefer-offline), keyguard installed from this checkout's tarball as `npm i -D keyguard` would.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TIMEOUT = 180_000;
let work = '';
let keyguardTarball = '';

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  work = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-installable-')));
  keyguardTarball = await pack(work, ROOT);
}, TIMEOUT);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;

/** Stage a file holding a key at the repository `repo` and commit: the hook must refuse it. */
async function expectLeakBlocked(repo: string): Promise<void> {
  writeFileSync(join(repo, 'leak.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
  await ok(repo, 'git', ['add', 'leak.js']);
  const commit = await run(repo, 'git', ['commit', '-m', 'leak']);
  expect(commit.status).not.toBe(0);
  expect(commit.stdout + commit.stderr).toContain('leak.js:1:14');
}

describe('init leaves a project whose next install activates the hooks', () => {
  it('adds husky to devDependencies; the next real npm install installs it, runs prepare and activates the hooks', async () => {
    const app = await makeNpmProject(join(work, 'app'), { name: 'app' });
    await ok(app, 'npm', ['install', '--no-audit', '--no-fund', '--offline', '--save-dev', keyguardTarball]);
    const init = await run(app, 'npx', ['--no', 'keyguard', 'init', '--no-install']);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('added husky@^9.1.7 to devDependencies in package.json without installing');
    expect(init.stdout).toContain('run "npm install" before your next commit');
    expect(manifestOf(app).devDependencies?.husky).toBe('^9.1.7');
    expect(manifestOf(app).scripts?.prepare).toBe('husky');
    expect((await run(app, 'git', ['config', 'core.hooksPath'])).status).not.toBe(0); // not active before the install

    await ok(app, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']);
    expect((await ok(app, 'git', ['config', 'core.hooksPath'])).trim()).toBe('.husky/_');
    await expectLeakBlocked(app);
    expect(await ok(app, 'npx', ['--no', 'keyguard', 'init', '--no-install'])).toContain('nothing changed');
  }, TIMEOUT);

  it('in a monorepo sub-package: the package\'s own npm install runs "cd ../.. && husky" and activates the root hooks', async () => {
    const repo = await makeNpmProject(join(work, 'mono'), { name: 'mono' });
    const app = join(repo, 'packages', 'app');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2)}\n`);
    await ok(app, 'npm', ['install', '--no-audit', '--no-fund', '--offline', '--save-dev', keyguardTarball]);
    expect((await run(app, 'npx', ['--no', 'keyguard', 'init', '--no-install'])).status).toBe(0);
    expect(manifestOf(app).devDependencies?.husky).toBe('^9.1.7');
    expect(manifestOf(app).scripts?.prepare).toBe('cd ../.. && husky');

    await ok(app, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']);
    expect((await ok(repo, 'git', ['config', 'core.hooksPath'])).trim()).toBe('.husky/_');
    await expectLeakBlocked(repo);
  }, TIMEOUT);

  it('with husky 8 installed (whose bare "husky" prints its usage and exits 0): stops before changing anything', async () => {
    const app = await makeNpmProject(join(work, 'old-husky'), { name: 'old-husky', scripts: { prepare: 'husky install' } });
    await ok(app, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', keyguardTarball, 'husky@^8.0.3']);
    const before = readFileSync(join(app, 'package.json'), 'utf8');
    const init = await run(app, 'npx', ['--no', 'keyguard', 'init']);
    expect(init.status).toBe(2);
    expect(init.stderr).toContain('this project uses husky ^8.0.3');
    expect(init.stderr).toContain('npm install --save-dev husky@^9.1.7');
    expect(readFileSync(join(app, 'package.json'), 'utf8')).toBe(before);
    expect(existsSync(join(app, '.husky'))).toBe(false);
  }, TIMEOUT);
});
