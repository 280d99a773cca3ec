import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grepHead } from '../../../src/git/grepHead.js';
import { isolateFromOuterGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

function commitAll(repo: TempRepo, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '-m', 'files']);
}

describe('grepHead', () => {
  it('finds committed lines containing any keyword, case-insensitively, with line numbers', () =>
    withTempRepo(async (repo) => {
      commitAll(repo, {
        'config/app.env': 'HOST=localhost\nTOKEN=not-a-real-value-123\r\n',
        'odd name\nwith newline.txt': 'x\nsome token here\n',
        'image.bin': Buffer.from([0x00, 0x74, 0x6f, 0x6b, 0x65, 0x6e]),
        'other.txt': 'nothing\n',
      });
      const lines = await grepHead(repo.dir, ['token', 'nomatch']);
      expect(lines).toEqual([
        { path: 'config/app.env', line: 2, text: 'TOKEN=not-a-real-value-123' },
        { path: 'odd name\nwith newline.txt', line: 2, text: 'some token here' },
      ]);
      expect(await grepHead(repo.dir, ['token'], { ignoreCase: false })).toHaveLength(1);
    }));

  it('searches HEAD only: staged and working-tree content is not "already committed"', () =>
    withTempRepo(async (repo) => {
      repo.write('staged.env', 'TOKEN=not-a-real-value-123\n');
      repo.git(['add', 'staged.env']);
      writeFileSync(join(repo.dir, 'untracked.env'), 'TOKEN=x\n');
      expect(await grepHead(repo.dir, ['token'])).toEqual([]);
    }));

  it('returns [] for no match, no keywords, and an unborn HEAD', async () => {
    await withTempRepo(async (repo) => {
      expect(await grepHead(repo.dir, ['absent-keyword'])).toEqual([]);
      expect(await grepHead(repo.dir, [])).toEqual([]);
      expect(await grepHead(repo.dir, [''])).toEqual([]);
    });
    await withTempRepo(async (repo) => {
      expect(await grepHead(repo.dir, ['token'])).toEqual([]);
    }, { initialCommit: false });
  });

  it('takes keywords that start with a dash as text, not options', () =>
    withTempRepo(async (repo) => {
      commitAll(repo, { 'a.txt': 'use -rf carefully\n--cached too\n' });
      expect(await grepHead(repo.dir, ['-rf', '--cached'])).toEqual([
        { path: 'a.txt', line: 1, text: 'use -rf carefully' },
        { path: 'a.txt', line: 2, text: '--cached too' },
      ]);
    }));

  it('rejects with KeyguardError when git fails', () =>
    withTempRepo(async (repo) => {
      writeFileSync(join(repo.dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
      writeFileSync(join(repo.dir, '.git', 'refs', 'heads', 'main'), `${'f'.repeat(40)}\n`);
      await expect(grepHead(repo.dir, ['token'])).rejects.toMatchObject({ code: 'git' });
    }));
});
