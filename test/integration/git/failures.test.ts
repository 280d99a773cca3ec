import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { execGit } from '../../../src/git/execGit.js';
import { getRepoRoot } from '../../../src/git/getRepoRoot.js';
import { streamStagedDiff } from '../../../src/git/streamStagedDiff.js';
import { isolateFromOuterGit, withTempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

const ignore = () => {};

function withPlainDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-plain-'));
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

describe('git failures are errors, never an empty diff', () => {
  it('rejects with code "git" and git\'s message when the index is corrupt', () =>
    withTempRepo(async (repo) => {
      writeFileSync(join(repo.dir, '.git', 'index'), 'not an index');
      const error = await streamStagedDiff(repo.dir, ignore).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KeyguardError);
      expect(error).toMatchObject({ code: 'git', message: expect.stringMatching(/index/i) });
    }));

  it('rejects when a staged object is missing, although git had already printed part of the diff', () =>
    withTempRepo(async (repo) => {
      repo.write('f.txt', 'content that will go missing\n');
      repo.git(['add', 'f.txt']);
      const blob = repo.git(['rev-parse', ':f.txt']).trim();
      rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      // Otherwise git reads the identical, stat-clean work tree file instead (diff.c reuse_worktree_file).
      repo.write('f.txt', 'changed\n');
      await expect(streamStagedDiff(repo.dir, ignore)).rejects.toMatchObject({ code: 'git', message: expect.stringContaining(blob) });
    }));

  it('rejects with code "not-a-repo" outside a repository, in a bare one, for a missing directory', async () => {
    await withPlainDir(async (dir) => {
      await expect(getRepoRoot(dir)).rejects.toMatchObject({ code: 'not-a-repo', message: expect.stringContaining('not a git repository') });
      // Outside a repository `git diff` turns into `git diff --no-index`, which refuses --cached.
      await expect(streamStagedDiff(dir, ignore)).rejects.toMatchObject({ code: 'git' });
      await execGit(['init', '-q', '--bare', 'bare.git'], { cwd: dir });
      await expect(getRepoRoot(join(dir, 'bare.git'))).rejects.toMatchObject({ code: 'not-a-repo' });
      await expect(getRepoRoot(join(dir, 'missing'))).rejects.toMatchObject({ code: 'not-a-repo' });
    });
  });

  it('treats a non-zero exit without stderr as a failure (simple-git alone would not)', () =>
    withTempRepo(async (repo) => {
      const args = ['rev-parse', '--verify', '--quiet', 'no-such-ref'];
      await expect(execGit(args, { cwd: repo.dir })).rejects.toMatchObject({ code: 'git', message: expect.stringContaining('code 1') });
      await expect(execGit(args, { cwd: repo.dir, okExitCodes: [0, 1] })).resolves.toBe('');
    }));

  it('passes an error thrown by the block callback through, after git has finished', () =>
    withTempRepo(async (repo) => {
      repo.write('a.txt', 'a\n');
      repo.git(['add', 'a.txt']);
      const boom = new Error('callback failed');
      await expect(streamStagedDiff(repo.dir, () => { throw boom; })).rejects.toBe(boom);
      // No stray lock or process left behind: git can still run.
      expect(readdirSync(join(repo.dir, '.git')).filter((f) => f.endsWith('.lock'))).toEqual([]);
    }));
});

describe('getRepoRoot', () => {
  it('returns the top level from a subdirectory', () =>
    withTempRepo(async (repo) => {
      repo.write('deep/er/file.txt', 'x\n');
      expect(await getRepoRoot(join(repo.dir, 'deep', 'er'))).toBe(repo.dir);
    }));
});
