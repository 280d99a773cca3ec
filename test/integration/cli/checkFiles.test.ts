import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { runKeyguard } from '../../helpers/runCli.js';
import { withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

/** a.txt staged with a key, b.txt staged clean; both committed files exist in HEAD first. */
function stageLeakAndClean(repo: TempRepo): void {
  repo.write('a.txt', 'first\n');
  repo.write('src/b.txt', 'first\n');
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '-m', 'base']);
  repo.write('a.txt', `first\nkey = "${fakeOpenAiProjectKey()}"\n`);
  repo.write('src/b.txt', 'first\nsecond\n');
  repo.git(['add', '-A']);
}

describe('keyguard check-files', () => {
  it('scans only the given files, by relative or absolute path (lint-staged passes absolute ones)', () =>
    withTempRepo((repo) => {
      stageLeakAndClean(repo);
      expect(runKeyguard(repo.dir, ['check-files', 'src/b.txt']).status).toBe(0);
      const blocked = runKeyguard(repo.dir, ['check-files', join(repo.dir, 'a.txt')]);
      expect(blocked.status).toBe(1);
      expect(blocked.stdout).toContain('a.txt:2:8');
      expect(blocked.stdout).toContain('git restore --staged');
      expect(runKeyguard(repo.dir, ['check-files', 'src/b.txt', 'a.txt']).status).toBe(1);
    }));

  it('maps paths relative to a subdirectory to the repository', () =>
    withTempRepo((repo) => {
      stageLeakAndClean(repo);
      const sub = join(repo.dir, 'src');
      expect(runKeyguard(sub, ['check-files', 'b.txt']).status).toBe(0);
      const blocked = runKeyguard(sub, ['check-files', '../a.txt', '--format', 'json']);
      expect(blocked.status).toBe(1);
      expect(JSON.parse(blocked.stdout).findings[0].file).toBe('a.txt');
    }));

  it('reads the index, not the working tree: only staged added lines count', () =>
    withTempRepo((repo) => {
      stageLeakAndClean(repo);
      repo.write('src/b.txt', `first\nsecond\nkey = "${fakeOpenAiProjectKey()}"\n`); // unstaged
      expect(runKeyguard(repo.dir, ['check-files', 'src/b.txt']).status).toBe(0);
      repo.write('a.txt', 'first\n'); // key removed on disk but still staged
      expect(runKeyguard(repo.dir, ['check-files', 'a.txt']).status).toBe(1);
    }));

  it('treats names as literal paths, never as globs', () =>
    withTempRepo((repo) => {
      repo.write('leak.txt', `key = "${fakeOpenAiProjectKey()}"\n`);
      repo.write('*.txt', 'a file whose name is a glob\n');
      repo.git(['add', '-A']);
      expect(runKeyguard(repo.dir, ['check-files', '*.txt']).status).toBe(0);
      expect(runKeyguard(repo.dir, ['check-staged']).status).toBe(1);
    }));

  it('is a usage error (exit 2, fail closed) without files or with a path outside the repository', () =>
    withTempRepo((repo) => {
      const none = runKeyguard(repo.dir, ['check-files']);
      expect(none.status).toBe(2);
      expect(none.stderr).toContain('check-files needs file names');
      const outside = runKeyguard(repo.dir, ['check-files', '../elsewhere.txt']);
      expect(outside.status).toBe(2);
      expect(outside.stderr).toContain('outside the repository');
      expect(outside.stderr).toContain('--no-verify');
    }));

  it('says nothing is staged when the given files have no staged change', () =>
    withTempRepo((repo) => {
      mkdirSync(join(repo.dir, 'docs'));
      writeFileSync(join(repo.dir, 'docs', 'x.md'), 'not staged\n');
      const run = runKeyguard(repo.dir, ['check-files', 'docs/x.md']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('nothing staged');
    }));
});
