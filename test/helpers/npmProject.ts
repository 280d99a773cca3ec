import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from './runCli.js';

/** Real npm and git in temporary projects (end-to-end tests): results, never thrown on a failing status. */
export interface Run { status: number | null; stdout: string; stderr: string }

export function run(cwd: string, command: string, args: readonly string[]): Run {
  const r = spawnSync(command, [...args], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like `run`, but a non-zero status throws with everything the command printed. */
export function ok(cwd: string, command: string, args: readonly string[]): string {
  const r = run(cwd, command, args);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(r.status)}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `npm pack <dir>` into `dest` (extra npm flags in `flags`); returns the tarball's path. */
export function pack(dest: string, dir: string, flags: readonly string[] = ['--ignore-scripts']): string {
  const [info] = JSON.parse(ok(dest, 'npm', ['pack', dir, ...flags, '--json', '--pack-destination', dest])) as { filename: string }[];
  return join(dest, info!.filename);
}

/** A fresh git repository at `dir` with an identity and a package.json; `node_modules` ignored. */
export function makeNpmProject(dir: string, manifest: Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ version: '1.0.0', private: true, ...manifest }, null, 2)}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  ok(dir, 'git', ['init', '-q', '-b', 'main']);
  for (const [k, v] of [['user.name', 'e2e'], ['user.email', 'e2e@example.invalid'], ['commit.gpgsign', 'false']] as const) ok(dir, 'git', ['config', k, v]);
  return dir;
}
