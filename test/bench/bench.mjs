#!/usr/bin/env node
// keyguard benchmark (`npm run bench`, or `npm run bench -- a f` for some cases). Figures, never
// assertions: timing belongs here, not in tests. Targets are issue 11's.
// (a) a typical commit: 8 files, ~600 added lines; median wall time of `keyguard check-staged`
//     next to bare `node -e 0` (target: ≤ 1.3×).
// (b) a ~20 MB initial commit of real third-party code (files copied from node_modules): wall time, MB/s,
//     peak RSS, next to `git diff --cached` alone (target: ≤ 1.5× (git diff + node start), RSS ≤ 200 MiB)
//     and next to secretlint on the same files (target: ≤ 0.25×; installed at bench time, skipped offline).
// (c) the detector alone (test/bench/detector.mjs): MB/s, recall on planted keys, real-code findings, ReDoS.
// (d) scan-history --all on a synthetic 5,000-commit history (test/bench/history.mjs).
// (e) scan-history --all on a history holding 200,000 findings, in each format (test/bench/manyFindings.mjs).
// (f) the typical commit of (a) as a user runs it: `git commit` in a project set up by `npx keyguard init`
//     (packed keyguard, real husky), with the hooks vs --no-verify vs `node -e 0` (target: the hook adds
//     ≤ 1.5× node -e 0), and with the `npx` hooks init wrote before issue 11 (test/bench/endToEnd.mjs).
// Node start is the yardstick: NODE_EXTRA_CA_CERTS (set in some sandboxes) makes every Node start read
// that file, which lengthens `node -e 0` and every keyguard run alike; the bench says when it is set.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, git, makeRepo, medians as mediansOf, spread, timings, writeTypicalFiles } from './common.mjs';
import { detectorBench, walkTextFiles } from './detector.mjs';
import { secretlintCommand } from './secretlint.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli.cjs');
const rssProbe = join(root, 'test/bench/reportRss.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
/** `npm run bench -- a b`: only those cases (default: all). */
const only = new Set(process.argv.slice(2));
const wanted = (name) => only.size === 0 || only.has(name);
const medians = (commands, cwd, runs = RUNS) => mediansOf(commands, cwd, runs);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function typicalCommit() {
  const dir = makeRepo();
  writeTypicalFiles(dir, false);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  writeTypicalFiles(dir, true);
  git(dir, 'add', '-A');
  const [node, diff, keyguard] = timings([[process.execPath, '-e', '0'], ['git', 'diff', '--cached', '-U0'], [process.execPath, cli, 'check-staged']], dir, RUNS);
  rmSync(dir, { recursive: true, force: true });
  return { node, diff, keyguard };
}

/** ~20 MB of real code from a few installed dependencies (walker shared with detector.mjs). */
function collectCorpus(limit) {
  const packages = ['typescript', 'zod', 'vite', 'vitest', 'chai', 'simple-git', 'picomatch', 'lint-staged', 'husky'];
  const { paths, total } = walkTextFiles(packages.map((pkg) => join(root, 'node_modules', pkg)), limit, {
    pattern: /\.(js|mjs|cjs|ts|mts|cts|json|md|map|d\.ts|txt|yml)$/,
    maxSize: 12 << 20,
  });
  return { picked: paths, total };
}

function bigInitialCommit() {
  const dir = makeRepo();
  const { picked, total } = collectCorpus(20 << 20);
  for (const path of picked) {
    const dest = join(dir, 'vendor', relative(join(root, 'node_modules'), path));
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(path, dest);
  }
  git(dir, 'add', '-A');
  const runs = Math.max(3, Math.floor(RUNS / 4));
  // Reference, not a target: node reading git diff through a pipe and doing nothing else. git
  // writes into a 64 kB pipe and waits whenever its reader is busy, so scanning that is not
  // interleaved with reading adds to git's time instead of overlapping it.
  const drain = "require('node:child_process').spawn('git', ['diff', '--cached', '-U0'], { stdio: ['ignore', 'pipe', 'inherit'] }).stdout.resume()";
  const secretlint = secretlintCommand();
  const [diff, node, piped, keyguard, secretlintMs] = medians(
    [
      ['git', 'diff', '--cached', '-U0'], [process.execPath, '-e', '0'], [process.execPath, '-e', drain], [process.execPath, cli, 'check-staged'],
      ...(secretlint.argv ? [secretlint.argv] : []),
    ],
    dir,
    runs,
  );
  const probe = spawnSync(process.execPath, ['-r', rssProbe, cli, 'check-staged', '--format', 'json'], { cwd: dir, env: cleanEnv, encoding: 'utf8', maxBuffer: 1 << 30 });
  const rssKiB = Number(/maxRSS=(\d+)/.exec(probe.stderr)?.[1] ?? NaN);
  const stats = JSON.parse(probe.stdout).stats;
  rmSync(dir, { recursive: true, force: true });
  return { files: picked.length, total, runs, diff, node, piped, keyguard, secretlint: secretlintMs ?? secretlint.skipped, rssMiB: rssKiB / 1024, stats };
}

if (process.env.NODE_EXTRA_CA_CERTS) {
  console.log(`note: NODE_EXTRA_CA_CERTS is set: every Node start below (node -e 0 and keyguard alike) reads ${process.env.NODE_EXTRA_CA_CERTS}`);
}
if (wanted('a')) {
  const a = typicalCommit();
  console.log('(a) typical commit: 8 files, 600 added lines');
  console.log(`    node -e 0              ${a.node.median.toFixed(1)} ms (median of ${RUNS}) ${spread(a.node)}`);
  console.log(`    git diff --cached -U0  ${a.diff.median.toFixed(1)} ms`);
  console.log(`    keyguard check-staged  ${a.keyguard.median.toFixed(1)} ms ${spread(a.keyguard)} = ${ratio(a.keyguard.median, a.node.median)} node start ` +
    '(target ≤ 1.3×; 1.31–1.65× before issue 11)');
}
if (wanted('b')) {
  const b = bigInitialCommit();
  const mb = b.total / (1 << 20);
  console.log(`(b) initial commit of real third-party code: ${b.files} files, ${mb.toFixed(1)} MB (medians of ${b.runs})`);
  console.log(`    git diff --cached -U0  ${b.diff.toFixed(0)} ms; node -e 0 ${b.node.toFixed(0)} ms; ` +
    `node only reading git diff through a pipe ${b.piped.toFixed(0)} ms`);
  console.log(`    keyguard check-staged  ${b.keyguard.toFixed(0)} ms = ${(mb / (b.keyguard / 1000)).toFixed(1)} MB/s, ` +
    `${ratio(b.keyguard, b.diff + b.node)} (git diff + node start) (target ≤ 1.5×; ≈ 1.75–2.4× before issue 11)`);
  console.log(typeof b.secretlint === 'number'
    ? `    secretlint "**/*"      ${b.secretlint.toFixed(0)} ms (recommended preset): keyguard = ${ratio(b.keyguard, b.secretlint)} secretlint (target ≤ 0.25×; ≈ 0.30× before issue 11)`
    : `    secretlint skipped: ${b.secretlint}`);
  console.log(`    peak RSS               ${b.rssMiB.toFixed(0)} MiB (target ≤ 200 MiB); scanned ${b.stats.files} files, ` +
    `${(b.stats.bytes / (1 << 20)).toFixed(1)} MB, ${b.stats.binarySkipped} binary skipped`);
}

if (wanted('c')) {
const c = await detectorBench(root);
const mbps = (ms) => ((c.bytes / (1 << 20)) / (ms / 1000)).toFixed(1);
console.log(`(c) detector: ${c.rules} rules on a ${(c.bytes / (1 << 20)).toFixed(1)} MB mixed corpus ` +
  `(${(c.realBytes / (1 << 20)).toFixed(1)} MB real code in ${c.realFiles} files + generated config with planted keys)`);
console.log(`    full rule set          ${c.full.ms.toFixed(0)} ms = ${mbps(c.full.ms)} MB/s`);
console.log(`    single-regex baseline  ${c.single.ms.toFixed(0)} ms = ${mbps(c.single.ms)} MB/s (one /sk-…/ regex, no validation)`);
console.log(`    planted keys found     ${c.planted.found}/${c.planted.expected} (${((100 * c.planted.found) / c.planted.expected).toFixed(1)}% recall)`);
console.log(`    blocking findings on real code: ${c.realFindings.count}${c.realFindings.examples.length ? ` e.g. ${c.realFindings.examples.join('; ')}` : ''}`);
console.log(`    worst ReDoS probe      ${c.redos.worst.ms.toFixed(1)} ms (${c.redos.worst.rule}, 1 MB adversarial input)`);

}

// ---- (d) scan-history --all on a synthetic history (issue 4; test/bench/history.mjs) ----
if (wanted('d')) {
  const { historyBench } = await import('./history.mjs');
  const d = await historyBench(root, cli, rssProbe, cleanEnv);
  const mb = d.patchBytes / (1 << 20);
  const rate = (ms) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  console.log(`(d) scan-history --all: ${d.commits} commits (generated with git fast-import in ${(d.generateMs / 1000).toFixed(1)} s), ` +
    `${mb.toFixed(1)} MB of patch text (git log -p --all)`);
  console.log(`    git log -p --all > /dev/null  ${d.gitLog.toFixed(0)} ms = ${rate(d.gitLog)}`);
  console.log(`    keyguard's git log alone      ${d.ownLog.toFixed(0)} ms (--raw -U0 --remerge-diff --topo-order …)`);
  console.log(`    keyguard scan-history --all   ${d.keyguard.toFixed(0)} ms = ${rate(d.keyguard)}, ` +
    `${(d.keyguard / d.gitLog).toFixed(2)}× git log -p (target ≤ 1.5×); ${d.findings} planted key(s) found`);
  console.log(`    peak RSS                      ${d.rssMiB.toFixed(0)} MiB`);
}

// ---- (e) 200,000 findings: every output linear in the number of findings (issue 10, item 14) ----
if (wanted('e')) {
  const { manyFindingsBench } = await import('./manyFindings.mjs');
  const e = manyFindingsBench(cli, cleanEnv);
  console.log(`(e) scan-history --all: ${e.total} findings in ${e.commits} commits`);
  for (const [format, run] of Object.entries(e.runs)) {
    const failed = run.status === 1 ? '' : ` (exit ${run.status}: ${run.stderr.trim().split('\n')[0]})`;
    console.log(`    --format ${format.padEnd(5)}  ${(run.ms / 1000).toFixed(1)} s, ${(run.bytes / (1 << 20)).toFixed(0)} MB of output${failed}`);
  }
}

// ---- (f) git commit as a user runs it, in a project set up by `npx keyguard init` (issue 11) ----
if (wanted('f')) {
  const { endToEndBench } = await import('./endToEnd.mjs');
  const f = endToEndBench(root, RUNS);
  const added = ({ median }) => `${(median - f.noVerify.median).toFixed(0)} ms = ${ratio(median - f.noVerify.median, f.node.median)} node -e 0`;
  console.log(`(f) git commit of the typical change (a) in a project as \`npx keyguard init\` leaves it (packed keyguard, husky; medians of ${RUNS})`);
  for (const note of f.notes) console.log(`    note: ${note}`);
  const line = (label, t, tail = '') => console.log(`    ${label.padEnd(38)} ${t.median.toFixed(0).padStart(5)} ms ${spread(t)}${tail}`);
  line('node -e 0', f.node);
  line('git commit --no-verify', f.noVerify);
  line('git commit, hooks as init writes', f.hooks, `: hooks add ${added(f.hooks)} (${f.hookFiles.join(' + ')})`);
  line('git commit, pre-commit hook only', f.preCommit, `: hook adds ${added(f.preCommit)} (target ≤ 1.5×)`);
  line('git commit, npx hooks (pre-#11 init)', f.npxHooks, `: hooks add ${added(f.npxHooks)}`);
}
