import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv, copyDist } from '../../helpers/runCli.js';

/** The launcher (src/launch.ts, dist/cli.cjs) runs the bundle through a V8 code cache kept beside it. */
describe('dist/cli.cjs code cache', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function freshDist(): { cli: string; dist: string } {
    const dir = mkdtempSync(join(tmpdir(), 'keyguard-launch-'));
    dirs.push(dir);
    const dist = join(dir, 'dist');
    return { cli: copyDist(dist), dist };
  }
  /** The bundle's caches (one per command); the rules' cache is `rules-…` (rulesCaches). */
  const caches = (dist: string) => readdirSync(dist).filter((name) => name.startsWith('keyguard-') && name.endsWith('.v8cache'));
  const rulesCaches = (dist: string) => readdirSync(dist).filter((name) => name.startsWith('rules-') && name.endsWith('.v8cache'));
  const version = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')).version as string;
  const run = (cli: string, args: string[] = ['version']) =>
    spawnSync(process.execPath, [cli, ...args], { cwd: tmpdir(), env: cleanEnv(), encoding: 'utf8' });

  it('writes the cache on the first run, named after the bundle, and reuses it untouched', () => {
    const { cli, dist } = freshDist();
    expect(caches(dist)).toEqual([]);
    expect(run(cli).stdout).toBe(`${version}\n`);
    const [cache] = caches(dist);
    expect(cache).toMatch(/^keyguard-[0-9a-f]{16}-version-[0-9a-f]{8}\.v8cache$/);
    const written = statSync(join(dist, cache!));
    expect(written.size).toBeGreaterThan(0);
    expect(run(cli).stdout).toBe(`${version}\n`);
    expect(statSync(join(dist, cache!)).mtimeMs).toBe(written.mtimeMs);
    expect(readdirSync(dist).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps one cache per command, and names odd commands "other"', () => {
    const { cli, dist } = freshDist();
    run(cli);
    run(cli, ['--format', 'json', 'rules']);
    run(cli, ['rules', '--format', 'json']);
    run(cli, ['../../etc/passwd']);
    run(cli, ['frobnicate']);
    expect(caches(dist).map((name) => name.replace(/^keyguard-[0-9a-f]{16}-/, '').replace(/-[0-9a-f]{8}\.v8cache$/, '')).sort()).toEqual([
      'other',
      'rules',
      'version',
    ]);
  });

  it('keeps a cache per Node flags, so alternating runtimes do not rewrite one file each run', () => {
    const { cli, dist } = freshDist();
    run(cli);
    const plain = caches(dist);
    const flagged = spawnSync(process.execPath, ['--stack-size=2000', cli, 'version'], { cwd: tmpdir(), env: cleanEnv(), encoding: 'utf8' });
    expect(flagged.stdout).toBe(`${version}\n`);
    expect(caches(dist)).toHaveLength(2);
    expect(caches(dist)).toEqual(expect.arrayContaining(plain));
  });

  it('runs correctly from a cache V8 rejects, and replaces it', () => {
    const { cli, dist } = freshDist();
    run(cli, ['check-staged']);
    const [cache] = caches(dist);
    const garbage = Buffer.alloc(4096, 7);
    writeFileSync(join(dist, cache!), garbage);
    const r = run(cli, ['check-staged']); // outside a repository: the full error path, exit 2
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a git repository');
    expect(readFileSync(join(dist, cache!)).equals(garbage)).toBe(false);
  });

  it('compiles the rules through a cache of their own, only in runs that build them (check-staged: texts with keywords)', () => {
    const { cli, dist } = freshDist();
    const repo = mkdtempSync(join(tmpdir(), 'keyguard-launch-repo-'));
    dirs.push(repo);
    const gitIn = (...args: string[]) => spawnSync('git', args, { cwd: repo, env: cleanEnv(), encoding: 'utf8' });
    gitIn('init', '-q');
    writeFileSync(join(repo, 'plain.txt'), 'nothing to see here\n');
    gitIn('add', 'plain.txt');
    const check = () => spawnSync(process.execPath, [cli, 'check-staged'], { cwd: repo, env: cleanEnv(), encoding: 'utf8' });
    expect(check().status).toBe(0);
    expect(caches(dist)).toEqual([expect.stringMatching(/^keyguard-[0-9a-f]{16}-check-staged-[0-9a-f]{8}\.v8cache$/)]);
    expect(rulesCaches(dist)).toEqual([]);
    writeFileSync(join(repo, 'config.yml'), 'token: not-a-real-value\n');
    gitIn('add', 'config.yml');
    expect(check().status).toBe(0);
    const [rules] = rulesCaches(dist);
    expect(rules).toMatch(/^rules-[0-9a-f]{16}-[0-9a-f]{8}\.v8cache$/);
    expect(caches(dist)).toHaveLength(1);
    const written = statSync(join(dist, rules!)).mtimeMs;
    expect(check().status).toBe(0);
    expect(statSync(join(dist, rules!)).mtimeMs).toBe(written);
    // Shared by every command that builds the rules.
    expect(run(cli, ['rules']).status).toBe(0);
    expect(rulesCaches(dist)).toEqual([rules]);
    // A cache V8 rejects: the rules still work (a key blocks) and the cache is replaced.
    const garbage = Buffer.alloc(4096, 7);
    writeFileSync(join(dist, rules!), garbage);
    writeFileSync(join(repo, 'key.pem'), `${['-----BEGIN', 'OPENSSH PRIVATE KEY-----'].join(' ')}\n${'b3BlbnNzaC1rZXktdjEAAAAA'.repeat(3)}\n${['-----END', 'OPENSSH PRIVATE KEY-----'].join(' ')}\n`);
    gitIn('add', 'key.pem');
    expect(check().status).toBe(1);
    expect(readFileSync(join(dist, rules!)).equals(garbage)).toBe(false);
  });

  it('refuses a rules bundle of another build or a missing one (exit 2, fail closed), never scans without it', () => {
    const { cli, dist } = freshDist();
    const repo = mkdtempSync(join(tmpdir(), 'keyguard-launch-repo-'));
    dirs.push(repo);
    spawnSync('git', ['init', '-q'], { cwd: repo, env: cleanEnv() });
    writeFileSync(join(repo, 'config.yml'), 'token: not-a-real-value\n');
    spawnSync('git', ['add', 'config.yml'], { cwd: repo, env: cleanEnv() });
    const check = () => spawnSync(process.execPath, [cli, 'check-staged'], { cwd: repo, env: cleanEnv(), encoding: 'utf8' });
    expect(check().status).toBe(0);
    const rulesFile = join(dist, 'rules.cjs');
    const original = readFileSync(rulesFile, 'utf8');
    writeFileSync(rulesFile, original.replace(/keyguardBuild = "[^"]+"/, 'keyguardBuild = "another-build"'));
    const stale = check();
    expect(stale.status).toBe(2);
    expect(stale.stderr).toContain('dist/rules.cjs does not belong to this dist/keyguard.cjs');
    expect(stale.stderr).toContain('git commit --no-verify');
    rmSync(rulesFile);
    expect(check().status).toBe(2);
  });

  it('still runs when the cache cannot be written', () => {
    const { cli, dist } = freshDist();
    run(cli);
    const [cache] = caches(dist);
    // A directory in the cache's place makes writing it fail, as a read-only install would (a
    // read-only mode does not stop root, and tests may run as root).
    rmSync(join(dist, cache!));
    mkdirSync(join(dist, cache!));
    const r = run(cli);
    expect(r.stdout).toBe(`${version}\n`);
    expect(r.stderr).toBe('');
    expect(statSync(join(dist, cache!)).isDirectory()).toBe(true);
    expect(readdirSync(dist).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
