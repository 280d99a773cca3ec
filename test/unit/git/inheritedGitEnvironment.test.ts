import { describe, expect, it } from 'vitest';
import { inheritedGitEnvironment } from '../../../src/git/inheritedGitEnvironment.js';

describe('inheritedGitEnvironment', () => {
  it('lets the variables that locate the repository and index through', () => {
    const names = inheritedGitEnvironment({});
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CONFIG_PARAMETERS']) {
      expect(names).toContain(name);
    }
  });

  it('adds numbered GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n present in the environment', () => {
    const names = inheritedGitEnvironment({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'a.b', GIT_CONFIG_VALUE_0: 'c' });
    expect(names).toEqual(expect.arrayContaining(['GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0']));
  });

  it('keeps output-changing variables out', () => {
    const names = inheritedGitEnvironment({ GIT_DIFF_OPTS: '-u5', GIT_EXTERNAL_DIFF: 'x', GIT_PAGER: 'cat' });
    expect(names).not.toContain('GIT_DIFF_OPTS');
    expect(names).not.toContain('GIT_EXTERNAL_DIFF');
    expect(names).not.toContain('GIT_PAGER');
  });
});
