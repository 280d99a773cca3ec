// Part (d) of `npm run bench` (issue 4): `keyguard scan-history --all` on a synthetic history of
// ≥ 5,000 commits (real third-party code lines, edits to a few files per commit, a side branch merged
// back every 50 commits, a few planted synthetic keys), generated with `git fast-import`. Reported as MB
// of patch text per second next to `git log -p --all > /dev/null`, and keyguard's own `git log` alone,
// plus peak RSS. Target: ≤ 1.5× the time of `git log -p`. Figures only.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realCode } from './detector.mjs';

/** Deterministic PRNG (mulberry32): the same history on every run. */
function prng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An OpenAI project key shape (as test/helpers/fakeKeys.ts), built from parts at run time. */
function plantedKey(rand) {
  const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const pick = (n) => Array.from({ length: n }, () => b64[Math.floor(rand() * 64)]).join('');
  return `${'sk-'}proj-${pick(74)}${['T3Bl', 'bkFJ'].join('')}${pick(73)}A`;
}

/** Write a fast-import stream (git-fast-import(1)) of `commits` commits to `path`. */
function writeStream(path, lines, commits) {
  const rand = prng(42);
  const fd = openSync(path, 'w');
  const out = (s) => writeSync(fd, s);
  const line = () => lines[Math.floor(rand() * lines.length)];
  const files = Array.from({ length: 300 }, (_, i) => ({ path: `src/mod${i % 17}/file${i}.js`, lines: Array.from({ length: 150 }, line) }));
  let mark = 0;
  let main = 0;
  let side = 0;
  const commit = (ref, parents, changed, message) => {
    mark += 1;
    out(`commit ${ref}\nmark :${mark}\nauthor Bench <bench@example.invalid> ${1600000000 + mark * 60} +0000\n`);
    out(`committer Bench <bench@example.invalid> ${1600000000 + mark * 60} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`);
    parents.forEach((p, i) => out(`${i === 0 ? 'from' : 'merge'} :${p}\n`));
    for (const f of changed) {
      const data = `${f.lines.join('\n')}\n`;
      out(`M 100644 inline ${f.path}\ndata ${Buffer.byteLength(data)}\n${data}\n`);
    }
    return mark;
  };
  const edit = () => {
    const f = files[Math.floor(rand() * files.length)];
    const at = Math.floor(rand() * (f.lines.length - 10));
    f.lines.splice(at, Math.floor(rand() * 10), ...Array.from({ length: 1 + Math.floor(rand() * 10) }, line));
    if (rand() < 0.002) f.lines.splice(at, 0, `const apiKey = "${plantedKey(rand)}";`);
    return f;
  };
  main = commit('refs/heads/main', [], files, 'initial');
  for (let n = 1; n < commits; n++) {
    if (n % 50 === 45) side = main;
    if (n % 50 > 45) {
      side = commit('refs/heads/side', [side], [edit()], `side ${n}`);
    } else if (n % 50 === 0 && side) {
      main = commit('refs/heads/main', [main, side], [edit()], `merge ${n}`);
    } else {
      main = commit('refs/heads/main', [main], [edit(), edit(), edit()], `commit ${n}`);
    }
  }
  closeSync(fd);
  return mark;
}

function timeIt(cmd, args, cwd, env, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, env, stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** keyguard's exact `git log` arguments, from the source (esbuild, as detector.mjs loads the detector). */
async function historyLogArgs(root) {
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-bench-log-'));
  try {
    const out = join(dir, 'args.mjs');
    await build({ entryPoints: [join(root, 'src/git/historyLogArgs.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
    return (await import(out)).HISTORY_LOG_ARGS;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function historyBench(root, cli, rssProbe, env) {
  const commits = Number(process.env.BENCH_HISTORY_COMMITS ?? 5000);
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-bench-history-'));
  try {
    execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
    const lines = realCode(root, 4 << 20).files.flatMap((f) => f.text.split('\n')).filter((l) => l.length > 0 && l.length < 200);
    const stream = join(dir, '.git', 'fast-import-stream');
    const t0 = process.hrtime.bigint();
    writeStream(stream, lines, commits);
    const fd = openSync(stream, 'r');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, stdio: [fd, 'ignore', 'inherit'] });
    closeSync(fd);
    rmSync(stream);
    const generateMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const runs = Number(process.env.BENCH_HISTORY_RUNS ?? 3);
    const patchBytes = execFileSync('git', ['log', '-p', '--all'], { cwd: dir, env, maxBuffer: 2 ** 31 }).length;
    const gitLog = timeIt('git', ['log', '-p', '--all'], dir, env, runs);
    const ownLog = timeIt('git', [...(await historyLogArgs(root)), '--all', '--'], dir, env, runs);
    const keyguard = timeIt(process.execPath, [cli, 'scan-history', '--all', '--format', 'json'], dir, env, runs);
    const probe = spawnSync(process.execPath, ['-r', rssProbe, cli, 'scan-history', '--all', '--format', 'json'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const report = JSON.parse(probe.stdout);
    const rssMiB = Number(/maxRSS=(\d+)/.exec(probe.stderr)?.[1] ?? NaN) / 1024;
    return { commits: report.stats.commits, patchBytes, generateMs, gitLog, ownLog, keyguard, rssMiB, findings: report.findings.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
