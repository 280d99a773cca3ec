import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { DiffParser } from '../../../src/git/DiffParser.js';
import { execGit } from '../../../src/git/execGit.js';
import { stagedDiffArgs } from '../../../src/git/streamStagedDiff.js';
import type { AddedBlock } from '../../../src/git/types.js';
import { isolateFromOuterGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

/**
 * Issue 10, item 2: whatever a full disk leaves of git's --output is a prefix of it. Each prefix of
 * real `git diff` output that ends at a record or line boundary (the cuts a parser cannot see) goes
 * through the same checks as check-staged (DiffParser with git's exit code). A cut must fail
 * closed unless it lost no added line (a mode change's last header line). Returns how many cuts failed.
 */
async function assertEveryCutFails(repo: TempRepo): Promise<number> {
  const args = stagedDiffArgs({});
  const whole = Buffer.from(await execGit(args, { cwd: repo.dir, okExitCodes: [1] }), 'utf8');
  const parse = (bytes: Buffer) => {
    const blocks: AddedBlock[] = [];
    const parser = new DiffParser((block) => blocks.push(block));
    parser.push(bytes);
    parser.end(true); // git exited 1: changes are staged
    return blocks;
  };
  const all = parse(whole);
  expect(all.length).toBeGreaterThan(0);
  let failed = 0;
  for (let end = 0; end < whole.length; end++) {
    if (end > 0 && whole[end - 1] !== 0x0a && whole[end - 1] !== 0x00) continue;
    try {
      expect(parse(whole.subarray(0, end)), `cut at byte ${end} of ${whole.length} passed`).toEqual(all);
    } catch (error) {
      if (!(error instanceof KeyguardError)) throw error;
      failed += 1;
    }
  }
  return failed;
}

describe('a staged diff cut at any line or record boundary fails closed', () => {
  it('changed files with several hunks, a rename with edits, new, empty, binary, deleted and chmod-ed files', () =>
    withTempRepo(async (repo) => {
      const lines = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);
      repo.write('a.txt', `${lines.join('\n')}\n`);
      repo.write('old name.txt', `${lines.join('\n')}\n`);
      repo.write('gone.txt', 'bye\n');
      repo.write('run.sh', 'echo hi\n');
      repo.git(['add', '-A']);
      repo.git(['commit', '-q', '-m', 'base']);
      const edited = [...lines];
      edited[2] = 'changed 3';
      edited[20] = 'changed 21';
      edited.splice(35, 0, 'inserted after 35');
      repo.write('a.txt', `${edited.join('\n')}\n`);
      repo.git(['mv', 'old name.txt', 'new name.txt']);
      repo.write('new name.txt', `${edited.join('\n')}\n`);
      repo.write('b-new.txt', 'one\ntwo\n');
      repo.write('c-empty.txt', '');
      repo.write('d.bin', Buffer.from([0, 1, 2, 0, 255]));
      repo.git(['rm', '-q', 'gone.txt']);
      repo.git(['add', '-A']);
      repo.git(['update-index', '--chmod=+x', 'run.sh']);
      const cuts = await assertEveryCutFails(repo);
      expect(cuts).toBeGreaterThan(30);
    }));

  it("during a merge conflict: an unmerged path prints no section, so only the raw listing's end shows a cut after it", () =>
    withTempRepo(async (repo) => {
      repo.write('a.txt', 'base\n');
      repo.git(['add', '-A']);
      repo.git(['commit', '-q', '-m', 'base']);
      repo.git(['checkout', '-q', '-b', 'other']);
      repo.write('a.txt', 'other\n');
      repo.git(['commit', '-q', '-am', 'other']);
      repo.git(['checkout', '-q', 'main']);
      repo.write('a.txt', 'main\n');
      repo.git(['commit', '-q', '-am', 'main']);
      expect(() => repo.git(['merge', '-q', 'other'])).toThrow(); // conflict in a.txt
      repo.write('b.txt', 'staged during the merge\n');
      repo.git(['add', 'b.txt']);
      await assertEveryCutFails(repo);
    }));

  it('the last section is a changed file with changes far apart (one hunk: a cut between them is inside it)', () =>
    withTempRepo(async (repo) => {
      repo.write('z.txt', 'a\nb\nc\nd\ne\nf\n');
      repo.git(['add', '-A']);
      repo.git(['commit', '-q', '-m', 'base']);
      repo.write('z.txt', 'a\nB\nc\nd\ne\nF\n');
      repo.git(['add', '-A']);
      await assertEveryCutFails(repo);
    }));
});
