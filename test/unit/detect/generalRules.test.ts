/** Scanner extensions: per-finding severity (`severityOf`) and general rules yielding to specific ones. */
import { describe, expect, it } from 'vitest';
import { nameBefore, withoutJudged } from '../../../src/detect/generalRules.js';
import { scan } from '../../../src/detect/scan.js';
import { testRule } from './fixtures.js';

/** A catch-all over `…token=value` assignments; like the generic rule, its match starts at the word. */
const general = testRule({
  id: 'catch-all',
  keywords: ['token'],
  pattern: /token=([a-z_]{12,})/g,
  secretGroup: 1,
  general: true,
});

describe('severityOf', () => {
  it('sets each finding’s severity, or drops the match when it returns undefined', () => {
    const rule = testRule({ severityOf: (secret) => (secret.endsWith('q') ? undefined : secret.includes('w') ? 'warn' : 'block') });
    const found = scan('tok_abqxmwyzkplt tok_qzmvkbpxrtyh tok_qzmvkbpxrtyq', [rule]);
    expect(found.map((f) => f.severity)).toEqual(['warn', 'block']);
  });

  it('gets the whole match, so other capture groups can decide', () => {
    const rule = testRule({ pattern: /(tok_[a-z]{12})@(\w+)/g, secretGroup: 1, severityOf: (_s, m) => (m[2] === 'local' ? 'warn' : 'block') });
    expect(scan('tok_abqxmwyzkplt@local tok_abqxmwyzkplt@prod', [rule]).map((f) => f.severity)).toEqual(['warn', 'block']);
  });
});

describe('general rules', () => {
  const specific = testRule({ id: 'specific', keywords: ['tok_'], pattern: /tok_[a-z]{8}/g });

  it('report what no specific rule claims', () => {
    expect(scan('token=qzmvkwpxrtyhgn', [specific, general]).map((f) => f.ruleId)).toEqual(['catch-all']);
  });

  it('lose de-duplication to a specific rule’s finding', () => {
    expect(scan('token=tok_qzmvkwpx', [general, specific]).map((f) => f.ruleId)).toEqual(['specific']);
  });

  it('yield to a span a specific rule matched and rejected (bad checksum, docs sample)', () => {
    const strict = testRule({ id: 'strict', pattern: /tok_[a-z]{8}/g, validate: () => false });
    expect(scan('token=tok_qzmvkwpx', [strict, general])).toEqual([]);
  });

  it('yield to a specific keyword in the value or in the variable name before the match', () => {
    const mistral = testRule({ id: 'mistral', keywords: ['mistral'], pattern: /mistral_key=([a-z]{32})/g, secretGroup: 1 });
    expect(scan('mistral_token=qzmvkwpxrtyhgn', [mistral, general])).toEqual([]);
    expect(scan('token=qzmistralvkwpxrt', [mistral, general])).toEqual([]);
    expect(scan('token=qzmvkwpxrtyhgn', [mistral, general])).toHaveLength(1);
    // The keyword must start a word of the name: `damistral_` is someone else's.
    expect(scan('damistral_token=qzmvkwpxrtyhgn', [mistral, general])).toHaveLength(1);
    expect(scan('myMistralToken=qzmvkwpxrtyhgn', [mistral, testRule({ ...general, pattern: /Token=([a-z_]{12,})/g })])).toEqual([]);
  });

  it('yield to a keyword in the name only where the rule says so (yieldsToName: not for passwords)', () => {
    const mistral = testRule({ id: 'mistral', keywords: ['mistral'], pattern: /mistral_key=([a-z]{32})/g, secretGroup: 1 });
    const both = testRule({ ...general, keywords: ['token', 'password'], pattern: /(token|password)=([a-z_]{12,})/g, secretGroup: 2 });
    const passwordsStay = testRule({ ...both, yieldsToName: (match) => match[1] !== 'password' });
    expect(scan('mistral_password=qzmvkwpxrtyhgn', [mistral, both])).toEqual([]);
    expect(scan('mistral_password=qzmvkwpxrtyhgn', [mistral, passwordsStay])).toHaveLength(1);
    expect(scan('mistral_token=qzmvkwpxrtyhgn', [mistral, passwordsStay])).toEqual([]);
    // A keyword in the value still counts.
    expect(scan('mistral_password=mistralqzmvkwpx', [mistral, passwordsStay])).toEqual([]);
  });

  it('count a short keyword inside the value only at its start or when it holds punctuation', () => {
    const short = testRule({ id: 'short', keywords: ['dapi', '8q~'], pattern: /dapi[a-f0-9]{32}/g });
    expect(scan('token=dapiqzmvkwpxrtyh', [short, general])).toEqual([]);
    expect(scan('token=qzmdapivkwpxrtyh', [short, general])).toHaveLength(1);
    const tilde = testRule({ id: 'tilde', keywords: ['8q~'], pattern: /[a-z]{3}8q~[a-z]{31}/g });
    const punctuated = testRule({ ...general, pattern: /token=([a-z0-9~]{12,})/g });
    expect(scan('token=qzm8q~vkwpxrtyh', [tilde, punctuated])).toEqual([]);
  });

  it('ignore keywords they share with specific rules: `token` names no provider', () => {
    const tokenWord = testRule({ id: 'bot-token', keywords: ['token'], pattern: /bot [a-z]{40}/g });
    expect(scan('token=qzmvkwpxrtyhgn', [tokenWord, general])).toHaveLength(1);
  });
});

describe('generalRules helpers', () => {
  it('nameBefore reads back over one identifier, at most 64 characters', () => {
    const text = 'x = MISTRAL_API_KEY=v';
    expect(nameBefore(text, text.indexOf('API_KEY'))).toBe('MISTRAL_');
    expect(nameBefore(text, 0)).toBe('');
    expect(nameBefore('a'.repeat(100), 100)).toHaveLength(64);
  });

  it('withoutJudged drops exactly the overlapping candidates', () => {
    const judged = [
      { start: 10, end: 20 },
      { start: 0, end: 3 },
      { start: 12, end: 50 },
    ];
    const candidates = [
      { start: 3, end: 10 },
      { start: 5, end: 11 },
      { start: 49, end: 60 },
      { start: 50, end: 60 },
    ];
    expect(withoutJudged(candidates, judged)).toEqual([candidates[0], candidates[3]]);
    expect(withoutJudged(candidates, [])).toEqual(candidates);
  });
});
