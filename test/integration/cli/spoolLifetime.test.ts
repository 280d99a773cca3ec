import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHookRepo, removeHookRepos, trackTempDir, writeRepoFile } from '../../helpers/hookRepo.js';
import { CLI, cleanEnv, gitOk } from '../../helpers/runCli.js';

/**
 * Issue 10, item 9: killing keyguard while git writes a large staged diff must leave nothing that
 * holds diff content under TMPDIR, and neither may the git child it orphans. Linux only: the
 * process table is read from /proc (proc(5)), and elsewhere keyguard reads git through a pipe.
 */
const onLinux = process.platform === 'linux';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** State field of /proc/<pid>/stat (after the parenthesised command name); undefined once gone. */
function procState(pid: number): { state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

/** Running (not exited, not a zombie waiting to be reaped). */
const running = (pid: number) => !['Z', 'X', undefined].includes(procState(pid)?.state);

/** Children of `parent`: its main thread's `children` list (proc(5)), else a scan of every process. */
function childPids(parent: number): number[] {
  try {
    return readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    const all = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
    return all.filter((pid) => procState(pid)?.ppid === parent);
  }
}

/** The `git diff` processes keyguard (`parent`) has started. */
function gitDiffChildren(parent: number): number[] {
  return childPids(parent).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('diff');
    } catch {
      return false;
    }
  });
}

/** Bytes of the largest file under `tmp` that keyguard holds open (by name or unlinked). */
function spoolBytes(pid: number, tmp: string): number {
  let largest = 0;
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const path = `/proc/${pid}/fd/${fd}`;
      if (readlinkSync(path).startsWith(`${tmp}/`)) largest = Math.max(largest, statSync(path).size);
    }
  } catch {
    // the process is exiting
  }
  return largest;
}

type KillPoint = 'git started' | 'first bytes' | 'several MB';

function reached(point: KillPoint, pid: number, tmp: string, gits: Set<number>): boolean {
  for (const child of gitDiffChildren(pid)) gits.add(child);
  if (point === 'git started') return gits.size > 0;
  return spoolBytes(pid, tmp) > (point === 'first bytes' ? 0 : 8 << 20);
}

/** Runs check-staged, kills it with `signal` once `point` is reached, waits for its git child too. */
async function killAt(dir: string, tmp: string, point: KillPoint, signal: NodeJS.Signals) {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'check-staged'], { cwd: dir, env: cleanEnv({ TMPDIR: tmp }), stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  const gits = new Set<number>();
  while (!done && !reached(point, child.pid!, tmp, gits)) await wait(2);
  const killed = !done && child.kill(signal);
  await exited;
  // The orphaned git keeps writing into what it opened; it leaves nothing either once it exits.
  while ([...gits].some(running)) await wait(5);
  return { killed, gits: gits.size };
}

describe.skipIf(!onLinux)('killing check-staged during a large commit (issue 10, item 9)', () => {
  let dir: string;

  beforeAll(() => {
    dir = makeHookRepo();
    // ~36 MB in three files, made at run time: git needs a few hundred ms to write its diff.
    const lines = Array.from({ length: 400_000 }, (_, i) => `export const value${i} = compute(${i}); // padding`);
    for (const name of ['a', 'b', 'c']) writeRepoFile(dir, `src/${name}.ts`, `${lines.join('\n')}\n// ${name}\n`);
    gitOk(dir, ['add', '-A']);
  }, 120_000);
  afterAll(removeHookRepos);

  for (const signal of ['SIGKILL', 'SIGTERM', 'SIGINT'] as const) {
    for (const point of ['git started', 'first bytes', 'several MB'] as const) {
      it(`${signal} once ${point}: TMPDIR holds nothing of keyguard's, after git has exited too`, async () => {
        const tmp = mkdtempSync(join(tmpdir(), 'keyguard-kill-')); // one per case: no case sees another's leftovers
        trackTempDir(tmp);
        const run = await killAt(dir, tmp, point, signal);
        expect(run.killed).toBe(true); // killed while running: otherwise the case tested nothing
        expect(run.gits).toBeGreaterThan(0);
        expect(readdirSync(tmp)).toEqual([]);
      }, 60_000);
    }
  }
});
