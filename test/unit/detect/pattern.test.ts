import { describe, expect, it } from 'vitest';
import { CLASS, tokenPattern } from '../../../src/detect/rules/pattern.js';

describe('tokenPattern', () => {
  const pattern = tokenPattern({ prefixes: ['tk_', 'tq_'], body: '[a-z]{6}', boundary: CLASS.word });
  const all = (text: string) => [...text.matchAll(pattern)].map((m) => m[0]);

  it('is global and matches any of the prefixes', () => {
    expect(pattern.flags).toContain('g');
    expect(all('tk_abcxyz tq_qwerty')).toEqual(['tk_abcxyz', 'tq_qwerty']);
  });

  it('does not match inside a longer run of boundary characters', () => {
    expect(all('xtk_abcxyz')).toEqual([]);
    expect(all('tk_abcxyzq')).toEqual([]);
    expect(all('_tk_abcxyz')).toEqual([]);
  });

  it('accepts punctuation and string escapes as boundaries', () => {
    expect(all('"tk_abcxyz"')).toHaveLength(1);
    expect(all('=tk_abcxyz&')).toHaveLength(1);
    expect(all(String.raw`"a\ntk_abcxyz\n"`)).toHaveLength(1);
    expect(all(String.raw`"a\ttk_abcxyz"`)).toHaveLength(1);
    expect(all(String.raw`"\u0027tk_abcxyz\u0027"`)).toHaveLength(1);
    expect(all('https://x.test/?q=%22tk_abcxyz%22')).toHaveLength(1);
  });

  it('takes a custom end test', () => {
    const dotted = tokenPattern({ prefixes: ['tk_'], body: '[a-z.]{5}[a-z]', boundary: '[a-z.]', end: String.raw`(?![a-z]|\.[a-z])` });
    expect([...'tk_ab.cde. end'.matchAll(dotted)].map((m) => m[0])).toEqual(['tk_ab.cde']);
  });

  it('refuses prefixes of different lengths', () => {
    expect(() => tokenPattern({ prefixes: ['a_', 'bb_'], body: 'x', boundary: CLASS.word })).toThrow(/one length/);
    expect(() => tokenPattern({ prefixes: [], body: 'x', boundary: CLASS.word })).toThrow();
  });
});
