import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/closest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('format', 'format')).toBe(0);
    expect(editDistance('fromat', 'format')).toBe(1); // swap
    expect(editDistance('forma', 'format')).toBe(1);
    expect(editDistance('formatt', 'format')).toBe(1);
    expect(editDistance('formut', 'format')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closest', () => {
  const options = ['format', 'quiet', 'verbose', 'color', 'no-color', 'write-replacements'];
  it('suggests the nearest name within a third of the word', () => {
    expect(closest('fromat', options)).toBe('format');
    expect(closest('colour', options)).toBe('color');
    expect(closest('no-colour', options)).toBe('no-color');
    expect(closest('jsno', ['text', 'json', 'sarif'])).toBe('json');
    expect(closest('chek-staged', ['check-staged', 'check-files'])).toBe('check-staged');
  });
  it('suggests the one name a prefix starts', () => {
    expect(closest('write', options)).toBe('write-replacements');
    expect(closest('check', ['check-staged', 'check-files'])).toBeUndefined(); // two: no guess
  });
  it('suggests nothing far from what was typed', () => {
    expect(closest('xml', ['text', 'json', 'sarif'])).toBeUndefined();
    expect(closest('nosuch', ['scan', 'rules', 'init'])).toBeUndefined();
    expect(closest('x', options)).toBeUndefined();
  });
});
