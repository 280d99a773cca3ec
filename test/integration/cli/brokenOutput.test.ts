import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cleanEnv } from '../../helpers/runCli.js';
import { withTempRepo } from '../../helpers/tempRepo.js';

/** Node's stack frame lines (`    at onErrorNT (node:internal/…)`): never shown without KEYGUARD_DEBUG. */
const STACK_FRAME = /^\s+at /m;
const hasDevFull = existsSync('/dev/full');

/** Runs the CLI with stdout (and optionally stderr) on /dev/full, where every write fails with ENOSPC. */
function runToDevFull(cwd: string, args: readonly string[], stderrToo = false) {
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', full, stderrToo ? full : 'pipe'] });
    return { status: r.status, stderr: r.stderr ?? '' };
  } finally {
    closeSync(full);
  }
}

/** Runs the CLI with stdout on a pipe whose reading end is closed before keyguard writes (EPIPE). */
function runToClosedPipe(cwd: string, args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject).on('close', (status) => resolve({ status, stderr }));
  });
}

describe('standard output that cannot be written', () => {
  it.skipIf(!hasDevFull)('a full disk (/dev/full): exit 2 and one line, not a stack trace and exit 1', () =>
    withTempRepo((repo) => {
      repo.write('ok.js', 'const key = process.env.OPENAI_API_KEY;\n');
      repo.git(['add', 'ok.js']);
      for (const args of [['check-staged'], ['check-staged', '--format', 'sarif'], ['scan', '--format', 'json'], ['rules']]) {
        const run = runToDevFull(repo.dir, args);
        expect(run.status, args.join(' ')).toBe(2);
        expect(run.stderr).toMatch(/^keyguard: could not write the report to standard output \(ENOSPC\): it is incomplete/);
        expect(run.stderr).not.toMatch(STACK_FRAME);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      }
    }));

  it.skipIf(!hasDevFull)('stderr broken too: still exit 2', () =>
    withTempRepo((repo) => {
      expect(runToDevFull(repo.dir, ['scan', '--format', 'sarif'], true).status).toBe(2);
    }));

  it('a pipe closed by its reader (EPIPE): exit 2 and one line', () =>
    withTempRepo(async (repo) => {
      for (const args of [['check-staged', '--format', 'json'], ['rules', '--format', 'json']]) {
        const run = await runToClosedPipe(repo.dir, args);
        expect(run.status, args.join(' ')).toBe(2);
        expect(run.stderr).toMatch(/^keyguard: could not write the report to standard output \(EPIPE\)/);
        expect(run.stderr).not.toMatch(STACK_FRAME);
      }
    }));
});

describe('git missing from PATH', () => {
  /** A PATH with node (through a symlink to process.execPath) and nothing else. */
  function pathWithoutGit(dir: string): string {
    const bin = join(dir, 'node-only-bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    return bin;
  }

  it('exit 2, one clear line and how to fix it, no stack frames (KEYGUARD_DEBUG=1 shows them)', () =>
    withTempRepo((repo) => {
      const PATH = pathWithoutGit(join(repo.dir, '.git')); // inside .git: not part of what is scanned
      for (const command of ['check-staged', 'scan', 'scan-history']) {
        const r = spawnSync(process.execPath, [CLI, command], { cwd: repo.dir, env: cleanEnv({ PATH }), encoding: 'utf8' });
        expect(r.status, command).toBe(2);
        expect(r.stderr).toMatch(/^keyguard: cannot run git \(ENOENT\): is git installed and on your PATH\?\n/);
        expect(r.stderr).not.toMatch(STACK_FRAME);
        expect(r.stderr).not.toContain('node:internal');
      }
      const debug = spawnSync(process.execPath, [CLI, 'scan'], { cwd: repo.dir, env: cleanEnv({ PATH, KEYGUARD_DEBUG: '1' }), encoding: 'utf8' });
      expect(debug.status).toBe(2);
      expect(debug.stderr).toMatch(STACK_FRAME);
    }));
});
