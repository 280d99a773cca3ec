// Helpers shared by the bench cases (test/bench/bench.mjs and the modules it loads).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment minus GIT_*: a bench run from inside a git hook must not aim at this repository. */
export const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));

export function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

/** A fresh repository with an identity and no signing, in `dir` or a new temporary directory. */
export function makeRepo(dir = mkdtempSync(join(tmpdir(), 'keyguard-bench-'))) {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'user.email', 'bench@example.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

/**
 * The typical commit of case (a) and (f): 8 TypeScript files of 40 lines (`base`), to which the
 * change adds 75 lines each (600 added lines, ~31 kB).
 */
export function writeTypicalFiles(dir, withChange) {
  const lines = (n, seed) => Array.from({ length: n }, (_, i) => `export const value${seed}_${i} = compute(${i}, "${'abc'.repeat(i % 7)}"); // line ${i}`).join('\n');
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (let f = 0; f < 8; f++) {
    writeFileSync(join(dir, 'src', `file${f}.ts`), withChange ? `${lines(40, f)}\n${lines(75, f + 100)}\n` : `${lines(40, f)}\n`);
  }
}

/**
 * Wall times in ms of each command over `runs` rounds after one warm-up round: { median, q1, q3 }
 * (the quartiles show how noisy the machine was). A command is [cmd, ...args] run in `cwd`, or
 * { argv, cwd, after } where `after` runs untimed after each run (undoing a commit) and only exit 0
 * counts as success. The commands take turns within a round, so a slow phase of a shared machine
 * slows all of them alike instead of skewing their ratio.
 */
export function timings(commands, cwd, runs) {
  const specs = commands.map((c) => (Array.isArray(c) ? { argv: c, cwd, ok: [0, 1] } : { ok: [0], ...c }));
  const times = specs.map(() => []);
  for (let i = 0; i <= runs; i++) {
    specs.forEach(({ argv: [cmd, ...args], cwd: dir, ok, after }, j) => {
      const t = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { cwd: dir, env: cleanEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (!ok.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      after?.();
      if (i > 0) times[j].push(ms);
    });
  }
  return times.map((list) => {
    const sorted = list.sort((a, b) => a - b);
    const at = (q) => sorted[Math.floor(q * (sorted.length - 1))];
    return { median: at(0.5), q1: at(0.25), q3: at(0.75) };
  });
}

/** Median wall time in ms of each command (see timings). */
export function medians(commands, cwd, runs) {
  return timings(commands, cwd, runs).map((t) => t.median);
}

/** "(quartiles 51–58 ms)": the spread of one command's times. */
export function spread({ q1, q3 }) {
  return `(quartiles ${q1.toFixed(0)}–${q3.toFixed(0)} ms)`;
}
