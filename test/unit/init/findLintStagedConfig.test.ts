import { describe, expect, it } from 'vitest';
import { findLintStagedConfig, lintStagedForm, mentionsKeyguard } from '../../../src/init/findLintStagedConfig.js';

const find = (names: string[], keys: string[] = []) => findLintStagedConfig(new Set(names), (name) => keys.includes(name));

describe('findLintStagedConfig', () => {
  it('finds every form lint-staged reads', () => {
    for (const name of ['.lintstagedrc', '.lintstagedrc.yml', '.lintstagedrc.mts', 'lint-staged.config.mjs', 'lint-staged.config.cts']) {
      expect(find([name, 'README.md'])).toBe(name);
    }
  });
  it('counts a package manifest only with a "lint-staged" key', () => {
    expect(find(['package.json'])).toBeNull();
    expect(find(['package.json'], ['package.json'])).toBe('package.json');
    expect(find(['package.yaml'], ['package.yaml'])).toBe('package.yaml');
  });
  it('picks the first by name, as lint-staged does: a config file before the package.json key', () => {
    expect(find(['package.json', 'lint-staged.config.mjs'], ['package.json'])).toBe('lint-staged.config.mjs');
    expect(find(['lint-staged.config.js', '.lintstagedrc.json'])).toBe('.lintstagedrc.json');
  });
});

describe('lintStagedForm', () => {
  it('edits JSON only', () => {
    expect(lintStagedForm('package.json', '')).toBe('package.json');
    expect(lintStagedForm('.lintstagedrc.json', '{}')).toBe('json');
    expect(lintStagedForm('.lintstagedrc', '{"*": "x"}')).toBe('json');
    expect(lintStagedForm('.lintstagedrc', '"*": x\n')).toBe('by-hand');
    expect(lintStagedForm('lint-staged.config.js', 'module.exports = {}')).toBe('by-hand');
  });
});

describe('mentionsKeyguard', () => {
  it('sees a task running keyguard, not a commented-out one', () => {
    expect(mentionsKeyguard("export default { '*': 'keyguard check-files' };")).toBe(true);
    expect(mentionsKeyguard("export default {\n  // '*': 'keyguard check-files',\n};")).toBe(false);
    expect(mentionsKeyguard('# "*": keyguard check-files\n"*.js": eslint\n')).toBe(false);
  });
});
