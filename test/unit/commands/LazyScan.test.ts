/**
 * check-staged builds the rules only once a text holds one of their keywords (LazyScan.ts). That
 * must never change what it finds: the same blocks through RunFindings with the rules built up
 * front give the same findings, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { LazyScan } from '../../../src/commands/LazyScan.js';
import { RunFindings } from '../../../src/commands/RunFindings.js';
import { DEFAULT_CONFIG, NO_ALLOWLIST } from '../../../src/config/defaults.js';
import { catalogOf, ruleCatalog } from '../../../src/detect/rules/catalog.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import type { Rule } from '../../../src/detect/types.js';
import type { AddedBlock } from '../../../src/git/types.js';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey, randomFrom } from '../../helpers/fakeKeys.js';

const block = (path: string, text: string, startLine = 1): AddedBlock => ({ path, startLine, text });

function lazyScan(rules: readonly Rule[] = builtinRules): { scan: LazyScan; loads: () => number } {
  let loads = 0;
  const scan = new LazyScan(ruleCatalog(), DEFAULT_CONFIG, NO_ALLOWLIST, async () => {
    loads += 1;
    return rules;
  });
  return { scan, loads: () => loads };
}

describe('LazyScan', () => {
  it('builds no rules for texts without any keyword, and finds nothing there', async () => {
    const { scan, loads } = lazyScan();
    scan.add(block('src/a.ts', 'export const answer = 42;\nconsole.log(answer);'));
    scan.add(block('src/b.ts', 'function add(x, y) {\n  return x + y;\n}'));
    expect(await scan.finish()).toEqual([]);
    expect(loads()).toBe(0);
    expect(scan.rules).toEqual([]);
  });

  it('finds what scanning every block with the rules finds, in order, blocks before the first keyword included', async () => {
    const blocks = [
      block('src/plain.ts', 'const a = 1;'),
      block('.env', `OPENAI_API_KEY=${fakeOpenAiProjectKey()}`),
      block('src/more.ts', 'const b = 2;'),
      block('deploy.sh', `export AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}`, 7),
    ];
    const { scan, loads } = lazyScan();
    for (const b of blocks) scan.add(b);
    const found = await scan.finish();
    const runs = new RunFindings(builtinRules, NO_ALLOWLIST);
    const expected = blocks.flatMap((b) => runs.add(b));
    expect(found.map((f) => [f.file, f.line, f.ruleId])).toEqual(expected.map((f) => [f.file, f.line, f.ruleId]));
    expect(found.map((f) => f.ruleId)).toEqual(['openai-project-key', 'aws-access-key-id']);
    expect(loads()).toBe(1);
    expect(scan.rules).toBe(builtinRules);
  });

  it('loads the rules for any text when the config has custom rules (their keywords are not in the catalog)', async () => {
    const custom: Rule = {
      id: 'acme-internal-token',
      provider: 'Acme',
      description: 'Acme internal token',
      keywords: [],
      pattern: /acme_[0-9a-f]{32}/g,
      severity: 'block',
      validation: 'acme_ + 32 hex',
      remediation: {},
      samples: () => ({ positives: [], negatives: [] }),
    };
    let loads = 0;
    const scan = new LazyScan(ruleCatalog(), { ...DEFAULT_CONFIG, customRules: [custom] }, NO_ALLOWLIST, async () => {
      loads += 1;
      return [...builtinRules, custom];
    });
    scan.add(block('a.txt', `id = acme_${randomFrom('0123456789abcdef', 32)}`));
    expect((await scan.finish()).map((f) => f.ruleId)).toEqual(['acme-internal-token']);
    expect(loads).toBe(1);
  });

  it('refuses (exit 2) when the catalog misses a keyword of a built-in rule: a stale catalog would skip texts', async () => {
    const openai = builtinRules.find((rule) => rule.id === 'openai-project-key')!.keywords.map((k) => k.toLowerCase());
    const stale = { ...catalogOf(builtinRules), keywords: catalogOf(builtinRules).keywords.filter((k) => !openai.includes(k)) };
    const scan = new LazyScan(stale, DEFAULT_CONFIG, NO_ALLOWLIST, async () => builtinRules);
    scan.add(block('.env', `OPENAI_API_KEY=${fakeOpenAiProjectKey()}`));
    await expect(scan.finish()).rejects.toThrow(/rule catalog does not cover rule/);
  });
});

describe('the rule catalog', () => {
  it('lists every built-in rule and every keyword, and no built-in rule runs without keywords', () => {
    const catalog = ruleCatalog();
    expect(catalog.ids).toEqual(builtinRules.map((rule) => rule.id));
    for (const rule of builtinRules) {
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      for (const keyword of rule.keywords) expect(catalog.keywords, rule.id).toContain(keyword.toLowerCase());
    }
  });
});
