import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getHookRepoRoot, getRepoRoot } from '../../../src/git/getRepoRoot.js';
import { isWorkTreeTop } from '../../../src/git/isWorkTreeTop.js';
import { envWithoutGit, makeTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

describe('isWorkTreeTop (the hook skips `git rev-parse` only where git would say the same)', () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());
  const env = envWithoutGit();

  it('is true at the top of an ordinary work tree, and agrees with git', async () => {
    repo = makeTempRepo();
    expect(isWorkTreeTop(repo.dir, env)).toBe(true);
    expect(await getHookRepoRoot(repo.dir)).toBe(await getRepoRoot(repo.dir));
  });

  it('is false in a subdirectory, where git finds the root further up', async () => {
    repo = makeTempRepo();
    mkdirSync(join(repo.dir, 'sub'));
    expect(isWorkTreeTop(join(repo.dir, 'sub'), env)).toBe(false);
    expect(await getHookRepoRoot(join(repo.dir, 'sub'))).toBe(repo.dir);
  });

  it('is false when the environment or the repository config moves the work tree', () => {
    repo = makeTempRepo();
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT']) {
      expect(isWorkTreeTop(repo.dir, { ...env, [name]: 'x' }), name).toBe(false);
    }
    repo.git(['config', 'core.worktree', repo.dir]);
    expect(isWorkTreeTop(repo.dir, env)).toBe(false);
  });

  it('is false for a config that says bare or includes another file', () => {
    repo = makeTempRepo();
    repo.git(['config', 'include.path', 'other.cfg']);
    expect(isWorkTreeTop(repo.dir, env)).toBe(false);
    repo.git(['config', '--unset', 'include.path']);
    expect(isWorkTreeTop(repo.dir, env)).toBe(true);
    repo.git(['config', 'core.bare', 'true']);
    expect(isWorkTreeTop(repo.dir, env)).toBe(false);
  });

  it('is false for a linked worktree (.git is a file) and for a plain directory', async () => {
    repo = makeTempRepo();
    const linked = join(repo.dir, 'linked');
    execFileSync('git', ['worktree', 'add', '-q', '--detach', linked], { cwd: repo.dir, env });
    expect(isWorkTreeTop(linked, env)).toBe(false);
    expect(await getHookRepoRoot(linked)).toBe(linked);
    const plain = join(repo.dir, 'plain');
    mkdirSync(join(plain, '.git'), { recursive: true });
    writeFileSync(join(plain, '.git', 'config'), '');
    expect(isWorkTreeTop(plain, env)).toBe(false); // no HEAD: not a repository git would accept
  });
});
