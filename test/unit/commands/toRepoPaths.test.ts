import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRepoPaths } from '../../../src/commands/toRepoPaths.js';

const root = join('/', 'work', 'repo');

describe('toRepoPaths', () => {
  it('maps absolute and cwd-relative paths to repo-relative, "/"-separated paths', () => {
    expect(toRepoPaths(root, join(root, 'src'), ['a.ts', '../b.ts', join(root, 'c', 'd.ts')])).toEqual(['src/a.ts', 'b.ts', 'c/d.ts']);
  });
  it('maps the root itself to "."', () => {
    expect(toRepoPaths(root, root, [root])).toEqual(['.']);
  });
  it('rejects paths outside the repository, including a sibling with the same prefix', () => {
    expect(() => toRepoPaths(root, root, ['../x'])).toThrow(/outside the repository/);
    expect(() => toRepoPaths(root, root, [`${root}-other/x`])).toThrow(/outside the repository/);
  });
  it('keeps a file whose name starts with two dots inside the repository', () => {
    expect(toRepoPaths(root, root, ['..env'])).toEqual(['..env']);
  });
});
