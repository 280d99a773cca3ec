/**
 * Rules with a `reach` (types.ts) run only near their keywords (a reach set by hand, or computed
 * from the pattern: patternReach.ts). That must never change what they
 * find: each is checked against the same rule scanning the whole text, on long texts built from its
 * own samples, keywords, separators and long value-like runs, where a reach that is too short
 * would cut a match.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { effectiveReach } from '../../../src/detect/ruleReach.js';
import { scan } from '../../../src/detect/scan.js';
import type { Rule } from '../../../src/detect/types.js';
import { mulberry32 } from '../../helpers/prng.js';

const reaching = builtinRules.filter((rule) => effectiveReach(rule) !== undefined);
/** The reach the scanner uses (set by hand, or computed from the pattern). */
const reachOf = (rule: Rule): number => effectiveReach(rule)!;

function random(seed: number): (n: number) => number {
  const next = mulberry32(seed);
  return (n) => next() % n;
}

const VALUE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+/=_.-~:@';
const SEPARATORS = [' ', '\n', '=', ': ', '="', "'", '\\"', ' = <<-\'EOT\'\n', '://', 'user:', '@', ';', ' value="', '>', '</x>\n'];

describe('rules with a reach', () => {
  /** Rules whose reach is promised by hand; every other reach is computed from the pattern (patternReach.ts). */
  const promised = reaching.filter((rule) => rule.reach !== undefined);

  it('are, by hand, the general rules that cannot start from a literal', () => {
    expect(promised.map((rule) => rule.id).sort()).toEqual([
      'basic-auth-header',
      'basic-auth-url',
      'database-connection-url',
      'generic-bearer-token',
      'generic-secret-assignment',
      'odbc-connection-string-password',
    ]);
  });

  it('are, computed from their patterns, the token and label rules whose keyword opens every match', () => {
    const computed = reaching.filter((rule) => !promised.includes(rule)).map((rule) => rule.id);
    // Token rules (prefix holds a keyword), label rules, and curl: the bulk of the catalogue.
    expect(computed.length).toBeGreaterThan(200);
    expect(computed).toEqual(expect.arrayContaining(['openai-project-key', 'resend-api-key', 'scaleway-secret-key', 'mistral-api-key', 'curl-user-password']));
    // Their keywords are words near the token, not part of it: they keep scanning the whole text.
    const ids = builtinRules.filter((rule) => effectiveReach(rule) === undefined).map((rule) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(['discord-bot-token', 'stability-api-key', 'square-access-token']));
  });

  it.each(reaching.map((rule) => [rule.id, rule] as const))('%s finds each true sample far inside a long text', (_id, rule) => {
    const pad = `${'x'.repeat(3 * reachOf(rule))}\n`;
    for (const sample of rule.samples().positives) {
      const alone = scan(sample, [rule], { inlineAllow: false });
      const padded = scan(pad + sample + '\n' + pad, [rule], { inlineAllow: false });
      expect(padded.map((f) => [f.secret, f.line - 1, f.column])).toEqual(alone.map((f) => [f.secret, f.line, f.column]));
    }
  });

  /** The longest match each pattern allows (every part at its maximum): the reach must cover it. */
  const chars = (n: number, alphabet: string, seed: number) => {
    const next = random(seed);
    return Array.from({ length: n }, () => alphabet[next(alphabet.length)]).join('');
  };
  const b62 = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789';
  const host = `${chars(60, 'abcdefghijkmnopqrstuvwxyz', 9)}.${chars(60, 'abcdefghijkmnopqrstuvwxyz', 10)}.${chars(60, 'abcdefghijkmnopqrstuvwxyz', 11)}.${chars(70, 'abcdefghijkmnopqrstuvwxyz', 12)}.io`;
  const longest: Record<string, [text: string, secret: string]> = {
    'generic-secret-assignment': [
      `encryption_key'"])${':    &\'static    str'}${' '.repeat(64)}\n${' '.repeat(64)}value"  :::=${' '.repeat(64)}\n${' '.repeat(64)}<<-'${chars(16, 'ABCDEFGHIJKLMNOP', 1)}'   \t\n${' '.repeat(64)}`,
      chars(256, b62, 2),
    ],
    'generic-bearer-token': ['Authorization\\":  ,,,,,,,Token    ', `${chars(512, b62, 3)}==`],
    'database-connection-url': [`mongodb+srv://${chars(128, b62, 4)}:`, chars(256, b62, 5)],
    'basic-auth-url': [`sftps://${chars(128, b62, 6)}:`, chars(256, b62, 7)],
    'basic-auth-header': ['Authorization:"  ,,,=,,,,Basic    \\"    +    \\"', Buffer.from(`${chars(40, b62, 8)}:${chars(340, b62, 13)}`).toString('base64').slice(0, 512)],
    'odbc-connection-string-password': [`Data Source    =    ${chars(255, b62, 14)};${chars(500, b62, 15)} Password    =    `, chars(128, b62, 16)],
  };
  const after: Record<string, string> = { 'database-connection-url': `@${host}`, 'basic-auth-url': `@${host}`, 'generic-secret-assignment': '"' };

  it.each(promised.map((rule) => [rule.id, rule] as const))('%s finds its longest possible match far inside a long text', (id, rule) => {
    const [before, secret] = longest[id]!;
    const pad = `${'x'.repeat(3 * reachOf(rule))}\n`;
    const findings = scan(`${pad}${before}${secret}${after[id] ?? '\n'}\n${pad}`, [rule], { inlineAllow: false });
    expect(findings.map((f) => f.secret.length)).toEqual([secret.length]);
  });

  it('reads as far before the keyword as reachBefore promises: a shell default and a flag whose names end with the keyword', () => {
    const rule = reaching.find((r) => r.id === 'generic-secret-assignment')!;
    const next = random(96);
    let value = '';
    for (let i = 0; i < 32; i++) value += 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'[next(58)];
    // The operator's look-behinds read back from after the name: `${` + 64 name characters, `-` + 40.
    const texts = [`echo "\${${'X'.repeat(56)}_API_KEY:-${value}}"`, `run -${'x'.repeat(35)}token ${value}`];
    const strip = (findings: ReturnType<typeof scan>) => findings.map((f) => [f.secret, f.line, f.column]);
    for (const line of texts) {
      const text = `${'y '.repeat(1000)}\n${line}\n${'y '.repeat(1000)}`;
      const found = strip(scan(text, [rule], { inlineAllow: false }));
      expect(found).toEqual([[value, 2, line.indexOf(value) + 1]]);
      expect(found).toEqual(strip(scan(text, [{ ...rule, reach: undefined }], { inlineAllow: false })));
    }
  });

  it('scans the whole text when keywords are too dense to be worth recording (a hostile text)', () => {
    const rule = reaching.find((r) => r.id === 'generic-secret-assignment')!;
    const [sample] = rule.samples().positives;
    const dense = 'token '.repeat(60_000);
    const text = `${dense}\n${sample}\n${dense}`;
    const strip = (findings: ReturnType<typeof scan>) => findings.map((f) => [f.secret, f.line, f.column]);
    const found = strip(scan(text, [rule], { inlineAllow: false }));
    expect(found).toHaveLength(1);
    expect(found).toEqual(strip(scan(text, [{ ...rule, reach: undefined }], { inlineAllow: false })));
  });

  it.each(reaching.map((rule) => [rule.id, rule] as const))('%s finds the same as scanning the whole text', (_id, rule) => {
    const whole: Rule = { ...rule, reach: undefined, keywordsInMatch: false };
    const { positives, negatives } = rule.samples();
    const pieces = [...positives, ...negatives, ...rule.keywords, ...rule.keywords.map((k) => k.toUpperCase())];
    const next = random(rule.id.length);
    for (let n = 0; n < 40; n++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        const roll = next(4);
        if (roll === 0) text += pieces[next(pieces.length)];
        else if (roll === 1) text += SEPARATORS[next(SEPARATORS.length)];
        else if (roll === 2) for (let c = next(700); c > 0; c--) text += VALUE_CHARS[next(VALUE_CHARS.length)];
        else text += ' '.repeat(next(3 * reachOf(rule)));
      }
      const strip = (findings: ReturnType<typeof scan>) => findings.map((f) => [f.secret, f.line, f.column, f.severity]);
      expect(strip(scan(text, [rule], { inlineAllow: false }))).toEqual(strip(scan(text, [whole], { inlineAllow: false })));
    }
  });

  it('generic-secret-assignment, tried only from its keywords (startsBefore), finds what its stretches and the whole text find', () => {
    const rule = reaching.find((r) => r.id === 'generic-secret-assignment')!;
    expect(rule.startsBefore).toBeGreaterThan(0);
    const stretchesOnly: Rule = { ...rule, startsBefore: undefined };
    const whole: Rule = { ...rule, reach: undefined };
    // Names with the longest qualifier, names inside names (`token=token=…`, `SecretAccessKey`),
    // a rejected value holding the next name (`process.env.API_KEY || "…"`), excluded names.
    const names = ['encryption_key', 'ENCRYPTION-KEY', 'api_secret', 'apiSecret', 'token', 'TOKEN', 'password', 'passwd', 'pwd', 'passphrase', 'SecretAccessKey', 'csrf_token', 'next_page_token', 'a=ice-pwd', 'x_encryption_key', 'secretkey', 'key', 'storage_key'];
    const glue = ['=', ' = ', ': ', '="', "'", ' || "', ' := ', '\n  ', ' process.env.API_KEY || "', '", "', '(', '${', ':-', ' --', '>', '</x>', ' ', ''];
    const next = random(12);
    const value = () => Array.from({ length: 12 + next(40) }, () => VALUE_CHARS[next(VALUE_CHARS.length)]).join('');
    const strip = (findings: ReturnType<typeof scan>) => findings.map((f) => [f.secret, f.line, f.column, f.severity]);
    let found = 0;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) {
        // Mostly name, glue, value in that order; the rest shuffled.
        const roll = next(4);
        if (roll === 0) text += names[next(names.length)]! + glue[next(glue.length)]! + value();
        else text += roll === 1 ? names[next(names.length)]! : roll === 2 ? glue[next(glue.length)]! : value();
      }
      const anchored = strip(scan(text, [rule], { inlineAllow: false }));
      expect(anchored).toEqual(strip(scan(text, [stretchesOnly], { inlineAllow: false })));
      expect(anchored).toEqual(strip(scan(text, [whole], { inlineAllow: false })));
      found += anchored.length;
    }
    // The texts hold findings: a comparison of empty lists proves nothing.
    expect(found).toBeGreaterThan(100);
  });
});
