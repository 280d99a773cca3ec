import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamStagedDiff } from '../../../src/git/streamStagedDiff.js';
import type { AddedBlock } from '../../../src/git/types.js';
import { isolateFromOuterGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

async function staged(repo: TempRepo) {
  const blocks: AddedBlock[] = [];
  const result = await streamStagedDiff(repo.dir, (block) => blocks.push(block));
  return { blocks, files: result.files, bytes: result.bytes };
}

const FAKE = 'TOKEN=not-a-real-value-123';

describe('streamStagedDiff', () => {
  it('reads everything staged for the first commit (unborn HEAD)', () =>
    withTempRepo(async (repo) => {
      repo.write('a.txt', 'one\ntwo\n');
      repo.write('dir/b.env', `${FAKE}\n`);
      repo.git(['add', '-A']);
      const { blocks, files, bytes } = await staged(repo);
      expect(files.map((f) => [f.path, f.status])).toEqual([['a.txt', 'A'], ['dir/b.env', 'A']]);
      expect(blocks).toEqual([
        { path: 'a.txt', startLine: 1, text: 'one\ntwo' },
        { path: 'dir/b.env', startLine: 1, text: FAKE },
      ]);
      expect(bytes).toBe(6 + FAKE.length);
    }, { initialCommit: false }));

  it('reports only added lines, with their line numbers in the new file', () =>
    withTempRepo(async (repo) => {
      repo.write('f.txt', 'l1\nl2\nl3\nl4\nl5\nl6\n');
      repo.git(['add', 'f.txt']);
      repo.git(['commit', '-q', '-m', 'f']);
      repo.write('f.txt', 'l1\nnew A\nl3\nl4\nl5\nnew B\nnew C\nl6\n++ plus\n');
      repo.git(['add', 'f.txt']);
      const { blocks, files } = await staged(repo);
      expect(files).toMatchObject([{ path: 'f.txt', status: 'M', binary: false, submodule: false }]);
      // The blob ids (HEAD's and the index's) for reading content git shows as binary.
      expect([files[0]?.srcId, files[0]?.dstId]).toEqual([repo.git(['rev-parse', 'HEAD:f.txt']).trim(), repo.git(['rev-parse', ':f.txt']).trim()]);
      expect(blocks).toEqual([
        { path: 'f.txt', startLine: 2, text: 'new A' },
        { path: 'f.txt', startLine: 6, text: 'new B\nnew C' },
        { path: 'f.txt', startLine: 9, text: '++ plus' },
      ]);
    }));

  it('reads the index, not the working tree (partial staging, file deleted after staging)', () =>
    withTempRepo(async (repo) => {
      repo.write('app.txt', 'a\nb\nc\n');
      repo.git(['add', 'app.txt']);
      repo.git(['commit', '-q', '-m', 'app']);
      // What `git add -p` leaves behind: one change staged, more in the working tree.
      repo.write('app.txt', 'a\nstaged\nb\nc\n');
      repo.git(['add', 'app.txt']);
      repo.write('app.txt', 'a\nstaged\nb\nunstaged\nc\n');
      repo.write('key.env', `${FAKE}\n`);
      repo.git(['add', 'key.env']);
      rmSync(join(repo.dir, 'key.env'));
      const { blocks } = await staged(repo);
      expect(blocks).toEqual([
        { path: 'app.txt', startLine: 2, text: 'staged' },
        { path: 'key.env', startLine: 1, text: FAKE },
      ]);
    }));

  it('handles odd file names exactly (spaces, quotes, unicode, newline, tab, leading dash, invalid UTF-8)', () =>
    withTempRepo(async (repo) => {
      const names = ['with space.txt', 'quote"d.txt', "apo'strophe", 'ünï😀.txt', 'new\nline', 'tab\there', '-rf', 'back\\slash'];
      names.forEach((name, i) => repo.write(name, `line ${i}\n`));
      writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/bad`), Buffer.from([0xff]), Buffer.from('name')]), 'x\n');
      repo.git(['add', '-A']);
      const { blocks, files } = await staged(repo);
      const expected = [...names, 'bad\uFFFDname'];
      expect(files.map((f) => f.path).sort()).toEqual([...expected].sort());
      expect(blocks.map((b) => [b.path, b.text]).sort()).toEqual(
        [...names.map((n, i) => [n, `line ${i}`]), ['bad\uFFFDname', 'x']].sort(),
      );
    }));

  it('reports a rename with edits under the new name, only the edited lines', () =>
    withTempRepo(async (repo) => {
      const body = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
      repo.write('old name.txt', `${body}\n`);
      repo.git(['add', '-A']);
      repo.git(['commit', '-q', '-m', 'old']);
      repo.git(['mv', 'old name.txt', 'new name.txt']);
      repo.write('new name.txt', `${body}\n${FAKE}\n`);
      repo.git(['add', '-A']);
      const { blocks, files } = await staged(repo);
      expect(files).toMatchObject([{ path: 'new name.txt', oldPath: 'old name.txt', status: 'R', binary: false, submodule: false }]);
      expect(blocks).toEqual([{ path: 'new name.txt', startLine: 21, text: FAKE }]);
    }));

  it('counts binary files without parsing them; decodes non-UTF-8 text with replacement; strips CR', () =>
    withTempRepo(async (repo) => {
      repo.write('image.bin', Buffer.from([0x89, 0x50, 0x00, 0x01, 0xff, 0x0a, 0x2b, 0x0a]));
      repo.write('latin1.txt', Buffer.from(`caf\xe9 ${FAKE}\n`, 'latin1'));
      repo.write('dos.txt', `first\r\n${FAKE}\r\n`);
      repo.write('no-eol.txt', 'last line');
      repo.git(['add', '-A']);
      const { blocks, files } = await staged(repo);
      expect(files.find((f) => f.path === 'image.bin')?.binary).toBe(true);
      expect(blocks).toEqual([
        { path: 'dos.txt', startLine: 1, text: `first\n${FAKE}` },
        { path: 'latin1.txt', startLine: 1, text: `caf\uFFFD ${FAKE}` },
        { path: 'no-eol.txt', startLine: 1, text: 'last line' },
      ]);
    }));

  it('marks a gitlink as a submodule and reads none of it; handles deletions and mode changes', () =>
    withTempRepo(async (repo) => {
      repo.write('gone.txt', 'bye\n');
      repo.write('run.sh', 'echo hi\n');
      repo.git(['add', '-A']);
      repo.git(['commit', '-q', '-m', 'two files']);
      const head = repo.git(['rev-parse', 'HEAD']).trim();
      repo.git(['update-index', '--add', '--cacheinfo', `160000,${head},sub`]);
      repo.git(['rm', '-q', 'gone.txt']);
      repo.git(['update-index', '--chmod=+x', 'run.sh']);
      const { blocks, files } = await staged(repo);
      expect(files).toMatchObject([
        { path: 'gone.txt', status: 'D', binary: false, submodule: false },
        { path: 'run.sh', status: 'M', binary: false, submodule: false },
        { path: 'sub', status: 'A', binary: false, submodule: true },
      ]);
      expect(blocks).toEqual([]);
    }));

  it('streams a large new file as one block', () =>
    withTempRepo(async (repo) => {
      const lines = Array.from({ length: 200_000 }, (_, i) => `const value${i} = ${i};`);
      repo.write('big.js', `${lines.join('\n')}\n`);
      repo.git(['add', 'big.js']);
      const { blocks, bytes } = await staged(repo);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.text.split('\n')).toHaveLength(lines.length);
      expect(bytes).toBe(lines.join('').length);
    }));
});
