// Detector figures for `npm run bench` (issue 3): throughput of scan() with the full rule set on a
// mixed ~50 MB corpus (real third-party code + generated config lines with planted synthetic keys)
// next to a single-regex baseline, the worst ReDoS probe time per rule, and blocking findings on
// real code. Figures only; tests never assert timings.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function loadDetector(root) {
  const out = join(mkdtempSync(join(tmpdir(), 'keyguard-bench-detect-')), 'detect.mjs');
  const entry = join(root, 'test/bench/detectorEntry.ts');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  return import(out);
}

/**
 * Text-ish files under `dirs`, in a stable (sorted, depth-first) order, until `limit` bytes:
 * the real third-party code both benchmarks scan.
 */
export function walkTextFiles(dirs, limit, { pattern, maxSize }) {
  const paths = [];
  let total = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (total >= limit) return;
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (pattern.test(name) && st.size < maxSize) {
        paths.push(path);
        total += st.size;
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return { paths, total };
}

/** Real code: text files of installed dependencies, read into memory, until `limit` bytes. */
export function realCode(root, limit) {
  const { paths, total } = walkTextFiles([join(root, 'node_modules')], limit, {
    pattern: /\.(js|mjs|cjs|ts|json|md|map|yml|txt)$/,
    maxSize: 8 << 20,
  });
  return { files: paths.map((path) => ({ path, text: readFileSync(path, 'utf8') })), total };
}

const time = (fn) => {
  const t = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, result };
};

export async function detectorBench(root) {
  const d = await loadDetector(root);
  const { files, total } = realCode(root, 42 << 20);
  const planted = d.plantedCorpus(8 << 20);
  const corpus = [...files.map((f) => f.text), ...planted.texts];
  const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  d.scanAll(corpus.slice(0, 50)); // warm up the JIT and the compiled rule plan
  const full = time(() => d.scanAll(corpus));
  const single = time(() => d.singleRegexBaseline(corpus));
  const realFindings = d.blockingFindings(files);
  const redos = d.redosProbes();
  return { rules: d.ruleCount, bytes, realBytes: total, realFiles: files.length, full, single, planted, realFindings, redos };
}
