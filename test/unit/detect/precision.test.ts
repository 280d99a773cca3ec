/**
 * Precision on real third-party code: every text file of the installed dependencies (TypeScript,
 * zod, vite, vitest, chai, simple-git, lint-staged, esbuild's JS, … — read in place, never
 * written), this repository's lockfile, and generated adversarial files (an inline source map,
 * base64 image data, a one-line "minified" bundle) are scanned with the full built-in rule set.
 * None of it may produce a blocking finding; warnings are allowed and printed. One synthetic file
 * with planted generated keys must be found, so the test cannot pass by scanning nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';
import type { Finding } from '../../../src/detect/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAX_FILE = 8 * 1024 * 1024;

interface Source {
  readonly name: string;
  readonly text: string;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Text files only: binaries (a NUL byte in the first 8 KB, like git's own test) and huge files are skipped. */
function readText(path: string): string | undefined {
  if (statSync(path).size > MAX_FILE) return undefined;
  const bytes = readFileSync(path);
  return bytes.subarray(0, 8192).includes(0) ? undefined : bytes.toString('utf8');
}

function realCorpus(): Source[] {
  const paths = [...files(join(ROOT, 'node_modules')), join(ROOT, 'package-lock.json')];
  return paths.flatMap((path) => {
    const text = readText(path);
    return text === undefined ? [] : [{ name: relative(ROOT, path), text }];
  });
}

/** Shapes that trip naive detectors, built from the real corpus and seeded random bytes. */
function adversarial(corpus: readonly Source[]): Source[] {
  const r = seededRandom('precision-corpus');
  const binary = Buffer.from(r.chars(300_000, ALPHABET.base64), 'base64');
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), binary]).toString('base64');
  const maps = corpus.filter((s) => s.name.endsWith('.map')).slice(0, 20);
  const js = corpus.filter((s) => /zod\/v4\/.*\.js$/.test(s.name));
  return [
    // Inline source maps are base64 of JSON: they start with `eyJ`, like a JWT.
    ...maps.map((map) => ({
      name: `${map.name}.inline.js`,
      text: `console.log(1);\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map.text).toString('base64')}\n`,
    })),
    { name: 'synthetic/image.css', text: `.logo { background: url("data:image/png;base64,${png}"); }\n` },
    { name: 'synthetic/image.b64', text: (png.match(/.{1,76}/g) ?? []).join('\n') },
    { name: 'synthetic/bundle.min.js', text: js.map((s) => s.text.replace(/\s+/g, ' ')).join(';') },
  ];
}

/** Generated keys of several families in one ordinary-looking file, each on its own line. */
function planted(): { source: Source; expected: { ruleId: string; line: number }[] } {
  const ids = ['github-personal-access-token', 'openai-project-key', 'jwt', 'database-connection-url', 'generic-secret-assignment'];
  const lines = ['// settings.ts, committed by mistake', 'export const settings = {'];
  const expected = ids.map((ruleId) => {
    const sample = builtinRules.find((rule) => rule.id === ruleId)?.samples().positives[0] ?? '';
    lines.push(`  // ${ruleId}`, `  raw${lines.length}: \`${sample}\`,`);
    return { ruleId, line: lines.length };
  });
  lines.push('};');
  return { source: { name: 'synthetic/settings.ts', text: lines.join('\n') }, expected };
}

function tally(findings: readonly { name: string; finding: Finding }[]): Record<string, string> {
  const counts: Record<string, { block: number; warn: number }> = {};
  for (const { finding } of findings) {
    const count = (counts[finding.ruleId] ??= { block: 0, warn: 0 });
    count[finding.severity]++;
  }
  return Object.fromEntries(Object.entries(counts).map(([id, c]) => [id, `${c.block} block, ${c.warn} warn`]));
}

describe('precision on real third-party code', () => {
  it('finds no blocking secret in node_modules, the lockfile, source maps, images or bundles, and finds the planted keys', () => {
    const started = Date.now();
    const real = realCorpus();
    const plant = planted();
    const corpus = [...real, ...adversarial(real), plant.source];
    const findings = corpus.flatMap(({ name, text }) => scan(text, builtinRules).map((finding) => ({ name, finding })));
    const megabytes = corpus.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0) / 1e6;
    const thirdParty = findings.filter(({ name }) => name !== plant.source.name);
    console.log(`precision corpus: ${corpus.length} files, ${megabytes.toFixed(1)} MB, ${Date.now() - started} ms`);
    console.log('third-party findings per rule:', tally(thirdParty));
    for (const { name, finding } of thirdParty) {
      console.log(`  ${finding.severity} ${finding.ruleId} ${name}:${finding.line}:${finding.column} (${finding.secret.length} chars)`);
    }
    // Guards against a vacuous pass: the corpus is really there, really big, and holds the hard cases.
    expect(real.length).toBeGreaterThan(1000);
    expect(megabytes).toBeGreaterThan(20);
    expect(real.some((s) => s.name === 'package-lock.json' && s.text.includes('"integrity": "sha512-'))).toBe(true);
    expect(real.filter((s) => s.name.endsWith('.map')).length).toBeGreaterThan(10);
    const blocking = thirdParty.filter(({ finding }) => finding.severity === 'block');
    expect(blocking.map(({ name, finding }) => `${finding.ruleId} ${name}:${finding.line}`)).toEqual([]);
    // The same scan finds every planted key, blocking, on its line: the assertion above can fail.
    const plantedFindings = findings.filter(({ name }) => name === plant.source.name);
    expect(plantedFindings.map(({ finding: f }) => ({ ruleId: f.ruleId, line: f.line, severity: f.severity }))).toEqual(
      plant.expected.map((e) => ({ ...e, severity: 'block' })),
    );
  });
});
