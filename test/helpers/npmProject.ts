import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, type RunResult } from './runCli.js';
import { spawnAsync } from './spawnAsync.js';

/**
 * Real npm and git in temporary projects (end-to-end tests): results, never thrown on a failing
 * status. Asynchronous, because one `npm install` can outlast vitest's 60 s worker RPC timeout
 * on a loaded machine (see spawnAsync).
 */
export function run(cwd: string, command: string, args: readonly string[]): Promise<RunResult> {
  return spawnAsync(command, args, { cwd, env: cleanEnv(), timeout: 120_000 });
}

/** Like `run`, but a non-zero status throws with everything the command printed. */
export async function ok(cwd: string, command: string, args: readonly string[]): Promise<string> {
  const r = await run(cwd, command, args);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(r.status)}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `npm pack <dir>` into `dest` (extra npm flags in `flags`); returns the tarball's path. */
export async function pack(dest: string, dir: string, flags: readonly string[] = ['--ignore-scripts']): Promise<string> {
  const [info] = JSON.parse(await ok(dest, 'npm', ['pack', dir, ...flags, '--json', '--pack-destination', dest])) as { filename: string }[];
  return join(dest, info!.filename);
}

/** A fresh git repository at `dir` with an identity and a package.json; `node_modules` ignored. */
export async function makeNpmProject(dir: string, manifest: Record<string, unknown>): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ version: '1.0.0', private: true, ...manifest }, null, 2)}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  await ok(dir, 'git', ['init', '-q', '-b', 'main']);
  for (const [k, v] of [['user.name', 'e2e'], ['user.email', 'e2e@example.invalid'], ['commit.gpgsign', 'false']] as const) await ok(dir, 'git', ['config', k, v]);
  return dir;
}
