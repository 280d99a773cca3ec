// Part (e) of `npm run bench` (issue 10, item 14): a history holding 200,000 findings, to show that
// every output (text, JSON, SARIF) stays linear in the number of findings. Synthetic keys built at
// run time from parts (never a literal key here), spread over COMMITS commits so the history parser,
// the report and the formatters all see many findings. Figures only, no targets.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MARKER = ['T3Bl', 'bkFJ'].join('');

/** An OpenAI project key shape (as test/helpers/fakeKeys.ts), distinct per `n`, from a counter. */
function syntheticKey(n) {
  let tail = '';
  for (let v = n + 1; v > 0; v = Math.floor(v / 64)) tail += B64URL[v % 64];
  const body = (seed) => Array.from({ length: 74 }, (_, i) => B64URL[(seed * 31 + i * 7 + ((i * i) >> 3)) % 64]).join('');
  const first = (tail + body(n)).slice(0, 74);
  return `${'sk-'}proj-${first}${MARKER}${body(n + 1).slice(0, 73)}A`;
}

/** A fast-import stream (git-fast-import(1)): `commits` commits, each adding one file of `perCommit` keys. */
function writeStream(path, commits, perCommit) {
  const fd = openSync(path, 'w');
  const out = (s) => writeSync(fd, s);
  for (let c = 0; c < commits; c++) {
    const lines = [];
    for (let i = 0; i < perCommit; i++) lines.push(`key_${i} = "${syntheticKey(c * perCommit + i)}"`);
    const data = `${lines.join('\n')}\n`;
    const message = `commit ${c}`;
    out(`commit refs/heads/main\nmark :${c + 1}\nauthor Bench <bench@example.invalid> ${1600000000 + c} +0000\n`);
    out(`committer Bench <bench@example.invalid> ${1600000000 + c} +0000\ndata ${message.length}\n${message}\n`);
    if (c > 0) out(`from :${c}\n`);
    out(`M 100644 inline keys/file${c}.env\ndata ${Buffer.byteLength(data)}\n${data}\n`);
  }
  closeSync(fd);
}

function timed(cli, args, cwd, env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 2 ** 31 - 1 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { ms, status: r.status, bytes: Buffer.byteLength(r.stdout ?? ''), stderr: r.stderr ?? '' };
}

export function manyFindingsBench(cli, env) {
  const total = Number(process.env.BENCH_FINDINGS ?? 200_000);
  const commits = 100;
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-bench-findings-'));
  try {
    execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
    const stream = join(dir, '.git', 'fast-import-stream');
    writeStream(stream, commits, Math.ceil(total / commits));
    const fd = openSync(stream, 'r');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, stdio: [fd, 'ignore', 'inherit'] });
    closeSync(fd);
    rmSync(stream);
    const runs = Object.fromEntries(['text', 'json', 'sarif'].map((format) => [format, timed(cli, ['scan-history', '--all', '--format', format], dir, env)]));
    return { total: Math.ceil(total / commits) * commits, commits, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
