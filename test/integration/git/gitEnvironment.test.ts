import { chmodSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { getRepoRoot } from '../../../src/git/getRepoRoot.js';
import { streamStagedDiff } from '../../../src/git/streamStagedDiff.js';
import type { AddedBlock } from '../../../src/git/types.js';
import { isolateFromOuterGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

// simple-git 4 strips ambient GIT_* variables from its children unless allowed: these tests
// set them the way git sets them for hooks (process.env), not through any option of ours.
isolateFromOuterGit();

async function addedText(cwd: string): Promise<string[]> {
  const blocks: AddedBlock[] = [];
  await streamStagedDiff(cwd, (block) => blocks.push(block));
  return blocks.map((b) => `${b.path}:${b.startLine}:${b.text}`);
}

function commitFile(repo: TempRepo, path: string, content: string): void {
  repo.write(path, content);
  repo.git(['add', path]);
  repo.git(['commit', '-q', '-m', path]);
}

describe('the environment git gives a hook', () => {
  it('honours GIT_INDEX_FILE (git commit -a / git commit <path> commit a temporary index)', () =>
    withTempRepo(async (repo) => {
      commitFile(repo, 'a.txt', 'a\n');
      repo.write('a.txt', 'a\nin the alternate index\n');
      const alternate = join(repo.dir, '.git', 'alternate-index');
      repo.git(['read-tree', 'HEAD'], { env: { GIT_INDEX_FILE: alternate } });
      repo.git(['add', 'a.txt'], { env: { GIT_INDEX_FILE: alternate } });
      expect(await addedText(repo.dir)).toEqual([]);
      vi.stubEnv('GIT_INDEX_FILE', alternate);
      expect(await addedText(repo.dir)).toEqual(['a.txt:2:in the alternate index']);
    }));

  it('sees what a real `git commit -a` is about to commit', () =>
    withTempRepo(async (repo) => {
      commitFile(repo, 'a.txt', 'a\n');
      const saved = join(repo.dir, '.git', 'saved-index');
      // The hook keeps a copy of the index git handed it, then stops the commit.
      repo.write('.git/hooks/pre-commit', `#!/bin/sh\ncp "$GIT_INDEX_FILE" "${saved}"\nexit 1\n`);
      chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
      repo.write('a.txt', 'a\nonly in the working tree until commit -a\n');
      expect(() => repo.git(['commit', '-a', '-q', '-m', 'x'])).toThrow();
      expect(await addedText(repo.dir)).toEqual([]);
      vi.stubEnv('GIT_INDEX_FILE', saved);
      expect(await addedText(repo.dir)).toEqual(['a.txt:2:only in the working tree until commit -a']);
    }));

  it('honours GIT_DIR and GIT_WORK_TREE (git --git-dir=… --work-tree=… commit)', () =>
    withTempRepo(async (repo) => {
      const outside = mkdtempSync(join(tmpdir(), 'keyguard-gitdir-'));
      try {
        const gitDir = join(outside, 'repo.git');
        renameSync(join(repo.dir, '.git'), gitDir);
        repo.write('b.txt', 'b\n');
        repo.git(['add', 'b.txt'], { env: { GIT_DIR: gitDir, GIT_WORK_TREE: repo.dir } });
        await expect(getRepoRoot(repo.dir)).rejects.toMatchObject({ code: 'not-a-repo' });
        vi.stubEnv('GIT_DIR', gitDir);
        vi.stubEnv('GIT_WORK_TREE', repo.dir);
        expect(await getRepoRoot(repo.dir)).toBe(repo.dir);
        expect(await addedText(repo.dir)).toEqual(['b.txt:1:b']);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    }));

  it('ignores GIT_DIFF_OPTS, which would otherwise override -U0', () =>
    withTempRepo(async (repo) => {
      commitFile(repo, 'n.txt', '1\n2\n3\n4\n5\n');
      repo.write('n.txt', '1\n2\nthree\n4\n5\n');
      repo.git(['add', 'n.txt']);
      vi.stubEnv('GIT_DIFF_OPTS', '--unified=3');
      expect(await addedText(repo.dir)).toEqual(['n.txt:3:three']);
    }));
});
