import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitOk, installHook } from './runCli.js';

const created: string[] = [];

/**
 * A temp repo with an identity, the built keyguard installed as its real pre-commit hook, and
 * (unless `empty`) one commit. Call `removeHookRepos` in afterEach.
 */
export function makeHookRepo(options: { empty?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-hook-'));
  created.push(dir);
  gitOk(dir, ['init', '-q', '-b', 'main']);
  gitOk(dir, ['config', 'user.name', 'Test']);
  gitOk(dir, ['config', 'user.email', 'test@example.invalid']);
  gitOk(dir, ['config', 'commit.gpgsign', 'false']);
  installHook(dir);
  if (!options.empty) {
    writeRepoFile(dir, 'README.md', '# project\n');
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '-m', 'initial']);
  }
  return dir;
}

/** Write `content` at repo-relative `path`, creating directories. */
export function writeRepoFile(dir: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

/** Also tracks directories a test registers itself (e.g. one made outside a repo). */
export function trackTempDir(dir: string): void {
  created.push(dir);
}

export function removeHookRepos(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
