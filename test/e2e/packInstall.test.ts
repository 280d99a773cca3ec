import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../helpers/fakeKeys.js';
import { CLI, cleanEnv } from '../helpers/runCli.js';

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

interface Run { status: number | null; stdout: string; stderr: string }

function run(cwd: string, command: string, args: readonly string[]): Run {
  const r = spawnSync(command, [...args], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(cwd: string, command: string, args: readonly string[]): string {
  const r = run(cwd, command, args);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(r.status)}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `npm pack <dir>` into `work`; returns the tarball's path. */
function pack(dir: string): string {
  const [info] = JSON.parse(ok(work, 'npm', ['pack', dir, '--ignore-scripts', '--json', '--pack-destination', work])) as { filename: string }[];
  return join(work, info!.filename);
}

const HOOK_FILES = ['package.json', '.gitignore', '.husky/pre-commit', '.husky/commit-msg', '.husky/pre-push'];
const snapshot = (dir = app) => HOOK_FILES.map((f) => readFileSync(join(dir, f), 'utf8'));

let tarballs: string[] = [];

/** A key staged in index.js: the real commit is refused, naming where. */
function expectLeakBlocked(dir: string): void {
  writeFileSync(join(dir, 'index.js'), `const key = "${fakeOpenAiProjectKey()}";\n`);
  ok(dir, 'git', ['add', 'index.js']);
  const leak = run(dir, 'git', ['commit', '-m', 'leak']);
  expect(leak.status).not.toBe(0);
  expect(leak.stdout + leak.stderr).toContain('index.js:1:14');
}

/** A fresh project with its own package.json and git repository, the two tarballs installed. */
function makeApp(name: string, manifest: Record<string, unknown> = {}): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', private: true, ...manifest }, null, 2)}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  ok(dir, 'git', ['init', '-q', '-b', 'main']);
  for (const [k, v] of [['user.name', 'e2e'], ['user.email', 'e2e@example.invalid'], ['commit.gpgsign', 'false']] as const) ok(dir, 'git', ['config', k, v]);
  ok(dir, 'npm', ['install', '--no-audit', '--no-fund', '--offline', '--save-dev', ...tarballs]);
  return dir;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  work = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-e2e-')));
  tarballs = [pack(ROOT), pack(join(ROOT, 'node_modules', 'husky'))];
  app = makeApp('e2e-app');
}, TIMEOUT);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('packed package installed into a fresh project', () => {
  it('init wires the hooks; a leaking commit is refused, a clean one passes; init again changes nothing', () => {
    const init = ok(app, 'npx', ['--no', 'keyguard', 'init']);
    expect(init).toContain('.husky/pre-commit');
    expect(ok(app, 'git', ['config', 'core.hooksPath']).trim()).toBe('.husky/_');
    // The hooks start the installed binary: no npx resolution on every commit, no registry lookup.
    for (const hook of ['pre-commit', 'commit-msg', 'pre-push']) expect(readFileSync(join(app, '.husky', hook), 'utf8')).not.toMatch(/\bnpx\b/);
    expect(init).toContain('checked .husky/pre-commit: reaches keyguard check-staged');
    ok(app, 'git', ['add', '-A']);
    expect(run(app, 'git', ['commit', '-q', '-m', 'setup']).status).toBe(0);

    const key = fakeOpenAiProjectKey();
    writeFileSync(join(app, 'index.js'), `const client = new OpenAI({ apiKey: "${key}" });\n`);
    ok(app, 'git', ['add', 'index.js']);
    const leak = run(app, 'git', ['commit', '-m', 'leak']);
    expect(leak.status).not.toBe(0);
    const said = leak.stdout + leak.stderr;
    expect(said).toContain('commit blocked');
    expect(said).toContain('index.js:1:');
    expect(said).toContain('https://platform.openai.com/api-keys'); // revoke the key
    expect(said).toContain('OPENAI_API_KEY'); // read it from the environment instead
    expect(said).toContain('git restore --staged');
    expect(said).not.toContain(key); // masked, never the key itself
    expect(ok(app, 'git', ['log', '--format=%s'])).toBe('setup\n');
    expect(ok(app, 'git', ['ls-files'])).not.toContain('node_modules/');

    writeFileSync(join(app, 'index.js'), 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n');
    ok(app, 'git', ['add', 'index.js']);
    expect(run(app, 'git', ['commit', '-q', '-m', 'clean']).status).toBe(0);
    // The commit-msg hook: a key pasted into the message is refused too.
    const message = run(app, 'git', ['commit', '--allow-empty', '-m', `retry with ${key}`]);
    expect(message.status).not.toBe(0);
    expect(message.stdout + message.stderr).toContain('1 secret in the commit message');
    expect(message.stdout + message.stderr).not.toContain(key);

    const before = snapshot();
    expect(ok(app, 'npx', ['--no', 'keyguard', 'init'])).toContain('nothing changed');
    expect(snapshot()).toEqual(before);
    expect(ok(app, 'git', ['status', '--porcelain'])).toBe('');
  }, TIMEOUT);

  it('the pre-push hook refuses a key committed with --no-verify', () => {
    const remote = join(work, 'remote.git');
    ok(work, 'git', ['init', '-q', '--bare', remote]);
    ok(app, 'git', ['remote', 'add', 'origin', remote]);
    expect(run(app, 'git', ['push', '-q', 'origin', 'main']).status).toBe(0);

    writeFileSync(join(app, 'config.js'), `export const key = "${fakeOpenAiProjectKey()}";\n`);
    ok(app, 'git', ['add', 'config.js']);
    ok(app, 'git', ['commit', '-q', '--no-verify', '-m', 'sneak a key past the pre-commit hook']);
    const push = run(app, 'git', ['push', 'origin', 'main']);
    expect(push.status).not.toBe(0);
    expect(push.stdout + push.stderr).toContain('push blocked');
    expect(push.stdout + push.stderr).toContain('config.js:1:');
    expect(ok(remote, 'git', ['log', '--format=%s', 'main'])).not.toContain('sneak');
  }, TIMEOUT);

  it('an existing hook ending in exit 0 still blocks after init; without the installed keyguard the hook says so, exit 2', () => {
    const dir = makeApp('e2e-existing-hook');
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky', 'pre-commit'), 'echo "team hook ran"\nexit 0\n');
    writeFileSync(join(dir, '.husky', 'pre-push'), '#!/usr/bin/env python3\nprint("push")\n');
    const refused = run(dir, 'npx', ['--no', 'keyguard', 'init']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('.husky/pre-push');
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe('echo "team hook ran"\nexit 0\n');
    rmSync(join(dir, '.husky', 'pre-push'));
    expect(ok(dir, 'npx', ['--no', 'keyguard', 'init'])).toContain('checked .husky/pre-commit: reaches keyguard check-staged');
    ok(dir, 'git', ['add', '-A']);
    expect(run(dir, 'git', ['commit', '-q', '-m', 'setup']).status).toBe(0);

    expectLeakBlocked(dir);

    rmSync(join(dir, 'node_modules', '.bin', 'keyguard'));
    const missing = run(dir, 'git', ['commit', '-m', 'leak']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('keyguard: this commit cannot be checked, so it is refused: keyguard is not installed in the project root');
    expect(missing.stderr).toContain('husky - pre-commit script failed (code 2)');
    expect(missing.stderr).not.toMatch(/npx|not found|npm error/);
    expect(ok(dir, 'git', ['log', '--format=%s'])).toBe('setup\n');
  }, TIMEOUT);

  it('init --lint-staged: lint-staged runs keyguard check-files on the staged files of a real commit', () => {
    const dir = makeApp('e2e-lint-staged', { 'lint-staged': { '*.js': 'node --check' } });
    // lint-staged itself is not under test: linked from this checkout (its dependencies need no registry).
    symlinkSync(join(ROOT, 'node_modules', 'lint-staged'), join(dir, 'node_modules', 'lint-staged'));
    symlinkSync(join(ROOT, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js'), join(dir, 'node_modules', '.bin', 'lint-staged'));
    expect(ok(dir, 'npx', ['--no', 'keyguard', 'init', '--lint-staged'])).toContain('keyguard check-files');
    ok(dir, 'git', ['add', '-A']);
    expect(run(dir, 'git', ['commit', '-q', '-m', 'setup']).status).toBe(0);

    expectLeakBlocked(dir);
    expect(ok(dir, 'git', ['log', '--format=%s'])).toBe('setup\n');
    writeFileSync(join(dir, 'index.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    ok(dir, 'git', ['add', 'index.js']);
    expect(run(dir, 'git', ['commit', '-q', '-m', 'clean']).status).toBe(0);

    const before = snapshot(dir);
    expect(ok(dir, 'npx', ['--no', 'keyguard', 'init', '--lint-staged'])).toContain('nothing changed');
    expect(snapshot(dir)).toEqual(before);
  }, TIMEOUT);
});
