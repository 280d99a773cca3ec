/**
 * Adversarial inputs for every rule. The assertion is the number of findings, never a time: a
 * super-linear pattern shows up as this file hanging (vitest's timeout), and timings belong to the
 * benchmarks. Each input contains the rules' keywords, so the regexes really run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { pemBegin, pemEnd } from '../../../src/detect/rules/pemArmor.js';
import { scan } from '../../../src/detect/scan.js';

// 100 KB: a quadratic pattern still hangs here (10^10 steps); 200 KB doubled this file to ~200 s
// with 300 rules and 500 keywords.
const SIZE = 100_000;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length));
const base64Run = (size: number) => fill('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', size);
/** Every keyword once, so every rule's pattern runs over the adversarial text. */
const allKeywords = builtinRules.flatMap((rule) => rule.keywords).join(' ');
/** Scanned as a Dockerfile, so path-limited rules (`paths`) run too. */
const count = (text: string) => scan(`${allKeywords}\n${text}`, builtinRules, { path: 'Dockerfile' }).length;

describe('ReDoS resistance: findings on adversarial input', () => {
  // Hundreds of CPU-bound tests chained by promises never let the worker read vitest's RPC replies:
  // past ~60 s it failed with "Timeout calling onTaskUpdate" though every test passed. Yield to the
  // event loop between tests.
  afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

  const keywords = [...new Set(builtinRules.flatMap((rule) => rule.keywords))];

  it.each(keywords)('keyword %j repeated over 100 KB, in both cases', (keyword) => {
    expect(count(fill(keyword))).toBe(0);
    expect(count(fill(keyword.toUpperCase()))).toBe(0);
    expect(count(fill(`${keyword} `))).toBe(0);
  });

  it.each([
    ['sk-proj- + base64url run', 'sk-' + 'proj-' + fill('Ab9_-')],
    ['sk- + marker repeated', 'sk-' + fill('T3Blbk' + 'FJ')],
    ['sk-ant-api03- + A run', 'sk-ant-' + 'api03-' + fill('A')],
    ['ghp_ + base62 run', 'gh' + 'p_' + fill('aZ09')],
    ['ghs_ + dotted run', 'gh' + 's_' + fill('a.')],
    ['ghs_. repeated', fill('gh' + 's_.')],
    ['github_pat_ + run', 'github_' + 'pat_' + fill('a_')],
    ['AKIA + base32 run', 'AK' + 'IA' + fill('A2')],
    ['escape sequences', fill(String.raw`\n`)],
    ['dashes', fill('-')],
    ['BEGIN lines without END', fill(`${pemBegin('PRIVATE KEY')}\n`)],
    ['BEGIN + body, repeated', fill(`${pemBegin('RSA PRIVATE KEY')}\n${base64Run(100)}\n`)],
    ['BEGIN + 1 MB base64 without END', `${pemBegin('PRIVATE KEY')}\n${base64Run(1_000_000)}`],
    ['BEGIN + 1 MB with escaped newlines', `${pemBegin('PRIVATE KEY')}${fill(String.raw`\nMIIEvQIBADAN`, 1_000_000)}`],
    ['BEGIN + 1 MB base64 + END (too long to be a key)', `${pemBegin('PRIVATE KEY')}\n${base64Run(1_000_000)}\n${pemEnd('PRIVATE KEY')}`],
    ['PGP BEGIN without END', `${pemBegin('PGP PRIVATE KEY BLOCK')}\n${fill('Version: x\n', 1_000_000)}`],
    ['continued ENV lines, short', fill('ENV A_TOKEN \\\n')],
    ['continued ENV lines, long', fill(`ENV ${fill('A_SECRET ', 20_000)}\\\n`, 1_000_000)],
    ['continued ENV lines without a value', fill('ENV X=1 \\\n  API_KEY= \\\n')],
    // Issue #12 point 2's assignment syntaxes (assignmentSyntax.ts), each started and never finished.
    ['aligned blanks without a value', fill(`api_key${' '.repeat(70)}=${' '.repeat(70)}\n`)],
    ['typed names without a value', fill('var apiToken string string = ')],
    ['quoted pairs without a value', fill('"token", ')],
    ['flags without a value', fill('--password -password ')],
    ['shell defaults without a value', fill('${API_KEY:-')],
    ['next lines without a value', fill(`password:${' '.repeat(70)}\n${' '.repeat(70)}`)],
    ['elements never closed', fill(`<password>\n${'x'.repeat(17)} `)],
    ['curl -u without a password', fill('curl -u user ')],
    ['curl over continued lines', `curl ${fill('\\\n')}`],
  ])('%s', (_name, text) => {
    expect(count(text)).toBe(0);
  });

  it('finds every key in a long run of real samples', () => {
    // Scanned as a Dockerfile: the rules limited to other paths (client-side source) sit this one out.
    const running = builtinRules.filter((rule) => rule.paths === undefined || rule.paths.test('Dockerfile'));
    const samples = running.map((rule) => rule.samples().positives[0] ?? '');
    const text = Array.from({ length: 100 }, () => samples.join('\n')).join('\n');
    expect(scan(text, builtinRules, { inlineAllow: false, path: 'Dockerfile' })).toHaveLength(100 * running.length);
  });
});
