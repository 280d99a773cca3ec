/**
 * Bundled by test/bench/detector.mjs: the detector plus the bench's workloads, so the bench
 * measures exactly the code keyguard ships (src/detect) without a TypeScript loader.
 */
import { builtinRules } from '../../src/detect/rules/index.js';
import { pemBegin } from '../../src/detect/rules/pemArmor.js';
import { scan } from '../../src/detect/scan.js';
import type { Rule } from '../../src/detect/types.js';

export const ruleCount = builtinRules.length;

export function scanAll(texts: readonly string[]): number {
  let findings = 0;
  for (const text of texts) findings += scan(text, builtinRules).length;
  return findings;
}

/** What a naive scanner does: one regex for the best-known key shape, nothing else. */
export function singleRegexBaseline(texts: readonly string[]): number {
  const re = /sk-[A-Za-z0-9_-]{20,}/g;
  let matches = 0;
  for (const text of texts) matches += text.match(re)?.length ?? 0;
  return matches;
}

/** Config-like lines with every rule's own positive samples planted among them (recall check). */
export function plantedCorpus(bytes: number): { texts: string[]; expected: number; found: number } {
  const samples = builtinRules.flatMap((rule) => rule.samples().positives.map((text) => ({ rule, text })));
  const texts: string[] = [];
  let size = 0;
  let expected = 0;
  let found = 0;
  for (let i = 0; size < bytes; i++) {
    const filler = Array.from({ length: 200 }, (_, j) => `setting_${i}_${j} = "value ${j * 7919} for item ${i}"`).join('\n');
    const sample = samples[i % samples.length]!;
    const text = `${filler}\n${sample.text}\n${filler}`;
    expected += 1;
    found += scan(text, builtinRules).filter((f) => f.ruleId === sample.rule.id).length > 0 ? 1 : 0;
    texts.push(text);
    size += text.length;
  }
  return { texts, expected, found };
}

export function blockingFindings(files: readonly { path: string; text: string }[]): { count: number; examples: string[] } {
  const examples: string[] = [];
  let count = 0;
  for (const file of files) {
    for (const f of scan(file.text, builtinRules)) {
      if (f.severity !== 'block') continue;
      count += 1;
      if (examples.length < 10) examples.push(`${file.path.split('node_modules/')[1]}:${f.line} ${f.ruleId}`);
    }
  }
  return { count, examples };
}

/** Adversarial inputs per rule: long runs of its keywords and of key characters, unterminated blocks. */
export function redosProbes(): { worst: { rule: string; ms: number }; perRule: { rule: string; ms: number }[] } {
  const perRule = builtinRules.map((rule) => ({ rule: rule.id, ms: worstProbe(rule) }));
  const worst = perRule.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { worst, perRule };
}

function worstProbe(rule: Rule): number {
  const size = 1 << 20;
  const probes = [
    ...rule.keywords.map((k) => k.repeat(Math.ceil(size / k.length))),
    ...rule.keywords.map((k) => `${k}${'A'.repeat(size)}`),
    ...rule.keywords.map((k) => `${k}=`.repeat(Math.ceil(size / (k.length + 1)))),
    `${'a1_-'.repeat(size / 4)}`,
    `${pemBegin('PRIVATE KEY')}\n${'QUJD'.repeat(size / 4)}`,
    `${'"'.repeat(size / 2)}${rule.keywords[0] ?? ''}`,
  ];
  let worst = 0;
  for (const text of probes) {
    const t = performance.now();
    scan(text, [rule]);
    worst = Math.max(worst, performance.now() - t);
  }
  return worst;
}
