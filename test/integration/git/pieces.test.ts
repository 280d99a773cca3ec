/**
 * Long runs of added lines handed over in overlapping pieces (PieceRule, PatchReader) and scanned
 * piece by piece (RunFindings) must give exactly the findings of one scan of the whole file: same
 * rules, lines, columns, secrets, in the same order. Real `git diff` output of files built from
 * every rule's own samples, key blocks that span many lines, `keyguard:allow` markers and filler.
 */
import { describe, expect, it } from 'vitest';
import { RunFindings } from '../../../src/commands/RunFindings.js';
import { pieceRuleFor } from '../../../src/commands/pieceRule.js';
import { NO_ALLOWLIST } from '../../../src/config/defaults.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { effectiveReach } from '../../../src/detect/ruleReach.js';
import { scan } from '../../../src/detect/scan.js';
import type { Finding } from '../../../src/detect/types.js';
import { streamStagedDiff } from '../../../src/git/streamStagedDiff.js';
import type { AddedBlock, PieceRule } from '../../../src/git/types.js';
import { mulberry32 } from '../../helpers/prng.js';
import { isolateFromOuterGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

/**
 * A rule runs on a text that holds its keyword anywhere (scan.ts), and a piece is the text: a sample
 * that some rule only matches when the file mentions its keyword elsewhere (an `Authorization: ApiKey`
 * header is Elastic's scheme in a file that says `elastic`) gives whole-file findings that depend on
 * where pieces end. The samples here find the same with the keywords of every rule that runs on the
 * whole text (no reach: ruleReach.ts) on the line before them.
 */
const EVERY_KEYWORD = [...new Set(builtinRules.filter((rule) => effectiveReach(rule) === undefined).flatMap((rule) => rule.keywords))].join(' ');
/** One scan of all samples after the keywords (a blank line between samples), each compared with a scan of itself. */
function selfContained(samples: readonly string[]): string[] {
  const parts = [EVERY_KEYWORD];
  const firstLines: number[] = [];
  let line = 1;
  for (const sample of samples) {
    firstLines.push(line + 2);
    parts.push(sample);
    line += 2 + sample.split('\n').length - 1;
  }
  const text = parts.join('\n\n');
  const byLine = new Map<number, string[]>();
  for (const f of scan(text, builtinRules, { inlineAllow: false })) {
    byLine.set(f.line, [...(byLine.get(f.line) ?? []), JSON.stringify([f.ruleId, f.column, f.secret])]);
  }
  return samples.filter((sample, i) => {
    const first = firstLines[i]!;
    const inBatch = sample.split('\n').flatMap((_line, n) => (byLine.get(first + n) ?? []).map((f) => `${n}:${f}`));
    const alone = scan(sample, builtinRules, { inlineAllow: false }).map((f) => `${f.line - 1}:${JSON.stringify([f.ruleId, f.column, f.secret])}`);
    return JSON.stringify(inBatch) === JSON.stringify(alone);
  });
}

const plain = selfContained(builtinRules.flatMap((rule) => {
  const { positives, negatives, path } = rule.samples();
  return path === undefined ? [...positives, ...negatives] : [];
}));
/** Samples whose matches stay on one line, plus the key blocks (for a tail shorter than the 4 kB promise). */
const singleLineOrBlock = selfContained(builtinRules.flatMap((rule) => {
  const { positives, negatives, path } = rule.samples();
  if (path !== undefined) return [];
  return rule.spansLines !== undefined ? positives : [...positives, ...negatives].filter((s) => !s.includes('\n'));
}));

function buildFile(next: () => number, pool: readonly string[], lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const roll = next() % 10;
    if (roll < 3) out.push(pool[next() % pool.length]!);
    else if (roll === 3) out.push('// keyguard:allow');
    else if (roll === 4) out.push('x'.repeat(next() % 3000));
    else if (roll === 5) out.push('');
    else out.push(`const value${i} = compute(${next() % 1000}); // filler`);
  }
  return `${out.join('\n')}\n`;
}

/** The file as check-staged reads it: lines without their `\r` (CRLF), no final newline. */
const asStaged = (text: string) => text.replace(/\r(?=\n)/g, '').slice(0, -1);

const strip = (findings: readonly (Finding & { file?: string })[]) => findings.map((f) => [f.ruleId, f.line, f.column, f.secret, f.severity]);

async function inPieces(dir: string, rule: PieceRule): Promise<{ findings: Finding[]; pieces: number }> {
  const runs = new RunFindings(builtinRules, NO_ALLOWLIST);
  const findings: Finding[] = [];
  let pieces = 0;
  await streamStagedDiff(dir, (block: AddedBlock) => {
    if (block.piece !== undefined) pieces += 1;
    findings.push(...runs.add(block));
  }, { pieces: () => rule });
  return { findings, pieces };
}

/** Stages `count` generated files; returns what one scan of each whole file finds. */
function stageFiles(repo: TempRepo, next: () => number, pool: readonly string[], count: number): Finding[] {
  const files = Array.from({ length: count }, () => buildFile(next, pool, 1500 + (next() % 1500)));
  files.forEach((text, i) => repo.write(`f${i}.txt`, text));
  repo.git(['add', '-A']);
  return files.flatMap((text) => scan(asStaged(text), builtinRules));
}

describe('check-staged in pieces', () => {
  it('finds what one scan of each whole file finds (real rule: 4 kB tail, key block openers)', () =>
    withTempRepo(async (repo) => {
      const whole = stageFiles(repo, mulberry32(41), plain, 3);
      expect(whole.length).toBeGreaterThan(20);
      for (const bytes of [8192, 65_536]) {
        const { findings, pieces } = await inPieces(repo.dir, { ...pieceRuleFor(builtinRules), bytes });
        expect(pieces, `${bytes}-byte pieces`).toBeGreaterThan(3);
        expect(strip(findings), `${bytes}-byte pieces`).toEqual(strip(whole));
      }
    }));

  it('holds key blocks back from their opener when the tail alone would cut them', () =>
    withTempRepo(async (repo) => {
      // Key blocks weighted up: among ~7,000 one-line samples a seeded draw can miss them all (it did
      // once new samples reshuffled the pool), and then this test would check nothing.
      const blocks = singleLineOrBlock.filter((sample) => sample.includes('\n'));
      const whole = stageFiles(repo, mulberry32(43), [...singleLineOrBlock, ...Array.from({ length: 20 }, () => blocks).flat()], 4);
      expect(whole.map((f) => f.ruleId)).toContain('private-key');
      // Key blocks in the samples are 1.1–1.8 kB: with a 64-byte tail only the openers keep them whole.
      const { findings } = await inPieces(repo.dir, { ...pieceRuleFor(builtinRules), bytes: 4096, tail: 64 });
      expect(strip(findings)).toEqual(strip(whole));
    }));

  it('moves on through lines longer than a piece, repeating no more than it reports', () =>
    withTempRepo(async (repo) => {
      const next = mulberry32(47);
      const lines = Array.from({ length: 40 }, (_, i) => (i % 5 === 2 ? plain[next() % plain.length]! : `${i} ${'q'.repeat(30_000 + (next() % 60_000))}`));
      repo.write('wide.txt', `${lines.join('\n')}\n`);
      repo.git(['add', '-A']);
      const blocks: AddedBlock[] = [];
      const runs = new RunFindings(builtinRules, NO_ALLOWLIST);
      const findings: Finding[] = [];
      await streamStagedDiff(repo.dir, (block) => {
        blocks.push(block);
        findings.push(...runs.add(block));
      }, { pieces: () => pieceRuleFor(builtinRules) });
      expect(strip(findings)).toEqual(strip(scan(asStaged(`${lines.join('\n')}\n`), builtinRules)));
      const scanned = blocks.reduce((sum, block) => sum + block.text.length, 0);
      expect(blocks.length).toBeGreaterThan(3);
      expect(scanned).toBeLessThan(2 * lines.join('\n').length);
    }));

  it('repeats lines across pieces without the secret-file checks reading them twice', () =>
    withTempRepo(async (repo) => {
      const lines = Array.from({ length: 3000 }, (_, i) => `line ${i}`);
      repo.write('big.txt', `${lines.join('\n')}\n`);
      repo.git(['add', '-A']);
      const { freshText } = await import('../../../src/commands/RunFindings.js');
      const fresh: string[] = [];
      await streamStagedDiff(repo.dir, (block) => fresh.push(freshText(block)), { pieces: () => ({ ...pieceRuleFor(builtinRules), bytes: 2048 }) });
      expect(fresh.length).toBeGreaterThan(5);
      expect(fresh.join('\n')).toBe(lines.join('\n'));
    }));
});
