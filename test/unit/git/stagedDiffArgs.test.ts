import { describe, expect, it } from 'vitest';
import { STAGED_DIFF_ARGS, stagedDiffArgs } from '../../../src/git/streamStagedDiff.js';

describe('stagedDiffArgs', () => {
  it('is the plain staged diff without options', () => {
    expect(stagedDiffArgs({})).toEqual(STAGED_DIFF_ARGS);
  });
  it('puts a base before the pathspec separator', () => {
    expect(stagedDiffArgs({ base: 'abc' }).slice(-2)).toEqual(['abc', '--']);
  });
  it('limits the diff to literal paths, after "--" so a name can never be an option', () => {
    const args = stagedDiffArgs({ paths: ['-p', '*.ts'] });
    expect(args[0]).toBe('--literal-pathspecs');
    expect(args.slice(-3)).toEqual(['--', '-p', '*.ts']);
  });
});
