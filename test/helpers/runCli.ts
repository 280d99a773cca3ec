import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnAsync } from './spawnAsync.js';

/** The built CLI (`npm test` builds first), exactly what users run through npx. */
export const CLI = resolve(import.meta.dirname, '../../dist/cli.cjs');

/**
 * A copy of dist/ at `dest` (self-contained: bundled, no node_modules needed) without any code
 * cache, for tests that change it; `worldReadable` for running it as another user. Returns the
 * copy's cli.cjs.
 */
export function copyDist(dest: string, options: { worldReadable?: boolean } = {}): string {
  cpSync(dirname(CLI), dest, { recursive: true, filter: (source) => !source.endsWith('.v8cache') });
  if (options.worldReadable === true) chmodTree(dest);
  return join(dest, 'cli.cjs');
}

function chmodTree(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chmodTree(path);
    else chmodSync(path, entry.name === 'cli.cjs' ? 0o755 : 0o644);
  }
}

/** Environment without the GIT_* variables of an outer git (tests may run inside a hook). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, NO_COLOR: '1', ...extra };
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command line that runs the built CLI with `args`. */
function keyguardArgs(args: readonly string[]): string[] {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  return [CLI, ...args];
}

export function runKeyguard(cwd: string, args: readonly string[], env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, keyguardArgs(args), { cwd, env: cleanEnv(env), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `runKeyguard` for the few runs that can take many seconds (huge scans): it does not block the
 * test worker (see spawnAsync), and keeps all the output, however large.
 */
export function runKeyguardAsync(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
  return spawnAsync(process.execPath, keyguardArgs(args), { cwd, env: cleanEnv(env) });
}

/** Run git in `cwd` and return the result without throwing (commit outcomes are the assertion). */
export function git(cwd: string, args: readonly string[], env: Record<string, string> = {}): RunResult {
  const r = spawnSync('git', [...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function gitOk(cwd: string, args: readonly string[]): string {
  const r = git(cwd, args);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Install the built CLI as the repository's real pre-push hook (git passes the remote's name and URL). */
export function installPushHook(repo: string): void {
  const hook = join(repo, '.git', 'hooks', 'pre-push');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" check-push "$@"\n`);
  chmodSync(hook, 0o755);
}

/** Install the built CLI as the repository's real pre-commit hook (what husky's stub ends up running). */
export function installHook(repo: string): void {
  const hook = join(repo, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" check-staged\n`);
  chmodSync(hook, 0o755);
}
