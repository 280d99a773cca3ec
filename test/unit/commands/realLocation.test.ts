import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isInside, realLocation } from '../../../src/commands/realLocation.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `tree/` (a work tree with `tree/sub/`) and `out/`, side by side in a fresh real directory. */
function layout(): { tree: string; out: string } {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-real-')));
  const tree = join(dir, 'tree');
  const out = join(dir, 'out');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  mkdirSync(out);
  return { tree, out };
}

describe('realLocation', () => {
  it('resolves a symlinked directory in front of a file that does not exist yet', () => {
    const { tree, out } = layout();
    symlinkSync(tree, join(out, 'link'));
    expect(realLocation(join(out, 'link', 'new', 'file.txt'))).toBe(join(tree, 'new', 'file.txt'));
  });

  it('follows a symlink as the last component, dangling or chained', () => {
    const { tree, out } = layout();
    symlinkSync(join(tree, 'missing.txt'), join(out, 'dangling'));
    symlinkSync('dangling', join(out, 'chained'));
    expect(realLocation(join(out, 'chained'))).toBe(join(tree, 'missing.txt'));
  });

  it('resolves .. after a link as the system does, not by text', () => {
    const { tree, out } = layout();
    symlinkSync(join(tree, 'sub'), join(out, 'sub'));
    expect(realLocation(`${join(out, 'sub')}/../file.txt`)).toBe(join(tree, 'file.txt'));
  });

  it('stops on a symlink loop', () => {
    const { out } = layout();
    symlinkSync('b', join(out, 'a'));
    symlinkSync('a', join(out, 'b'));
    expect(() => realLocation(join(out, 'a'))).not.toThrow();
  });
});

describe('isInside', () => {
  it('is true for the root and below it, false outside; ..foo is a name inside', () => {
    expect(isInside('/r/tree', '/r/tree')).toBe(true);
    expect(isInside('/r/tree', '/r/tree/..foo')).toBe(true);
    expect(isInside('/r/tree', '/r/tree/a/b')).toBe(true);
    expect(isInside('/r/tree', '/r/tree2/a')).toBe(false);
    expect(isInside('/r/tree', '/r/out')).toBe(false);
  });
});
