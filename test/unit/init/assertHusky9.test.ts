import { describe, expect, it } from 'vitest';
import { assertHusky9, majorOf } from '../../../src/init/assertHusky9.js';

describe('majorOf', () => {
  it.each([['^8.0.3', 8], ['~8.0.3', 8], ['8.x', 8], ['8', 8], ['v9.1.7', 9], ['^9.1.7', 9], ['>=8', null], ['latest', null], ['file:../husky.tgz', null]])(
    '%s → %s', (range, major) => {
      expect(majorOf(range)).toBe(major);
    },
  );
});

describe('assertHusky9', () => {
  it('stops on a declared husky older than 9, lets 9, none and unusual ranges through', () => {
    expect(() => assertHusky9({ devDependencies: { husky: '^4.3.8' } }, '/nonexistent')).toThrow('husky ^4.3.8');
    expect(() => assertHusky9({ dependencies: { husky: '8.0.3' } }, '/nonexistent')).toThrow('husky 8.0.3');
    for (const manifest of [{ devDependencies: { husky: '^9.1.7' } }, {}, { devDependencies: { husky: 'latest' } }]) {
      expect(() => assertHusky9(manifest, '/nonexistent')).not.toThrow();
    }
  });
});
