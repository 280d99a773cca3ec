import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamHistory, type HistoryRange } from '../../../src/git/streamHistory.js';
import { isolateFromOuterGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

const FAKE = 'TOKEN=not-a-real-value-123';

/** Settings that would change `git log -p` output if streamHistory did not pin every property. */
function hostileConfig(repo: TempRepo): [string, string][] {
  const script = join(repo.dir, '.git', 'print-garbage.sh');
  repo.write('.git/print-garbage.sh', '#!/bin/sh\necho "+++ garbage from a driver"\n');
  chmodSync(script, 0o755);
  repo.write('.git/info/attributes', '*.txt diff=shout\n');
  return [
    ['log.showRoot', 'false'], ['log.diffMerges', 'first-parent'], ['log.showSignature', 'true'], ['log.decorate', 'full'],
    ['log.abbrevCommit', 'true'], ['log.mailmap', 'true'], ['format.pretty', 'fuller'], ['i18n.logOutputEncoding', 'ISO-8859-1'],
    ['color.ui', 'always'], ['color.diff', 'always'], ['diff.noprefix', 'true'], ['diff.mnemonicPrefix', 'true'],
    ['diff.external', script], ['diff.shout.textconv', script], ['diff.renames', 'copies'], ['core.quotepath', 'true'],
    ['diff.relative', 'true'], ['diff.context', '5'], ['diff.interHunkContext', '10'], ['diff.suppressBlankEmpty', 'true'],
    ['diff.algorithm', 'patience'], ['core.abbrev', '7'], ['core.bigFileThreshold', '1'], ['diff.submodule', 'log'],
    ['notes.displayRef', 'refs/notes/*'],
  ];
}

/** Root, renames, an empty commit, a conflicting merge resolved by hand, an annotated note. */
function buildHistory(repo: TempRepo): void {
  const commit = (message: string, files: Record<string, string>) => {
    for (const [path, content] of Object.entries(files)) repo.write(path, content);
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '--allow-empty', '-m', message]);
  };
  commit('numbers', { 'src/n.txt': Array.from({ length: 20 }, (_, i) => `n${i}`).join('\n') + '\n', 'ünï code.txt': 'x\n' });
  commit('empty', {});
  repo.git(['mv', 'src/n.txt', 'src/renamed.txt']);
  commit('rename + edit', { 'src/renamed.txt': Array.from({ length: 20 }, (_, i) => (i === 5 ? FAKE : `n${i}`)).join('\n') + '\n' });
  repo.git(['checkout', '-q', '-b', 'side']);
  commit('side', { 'c.txt': 'side\n' });
  repo.git(['checkout', '-q', 'main']);
  commit('main', { 'c.txt': 'main\n' });
  try {
    repo.git(['merge', '-q', 'side', '-m', 'merge']);
  } catch {
    commit('merge', { 'c.txt': `resolved\n${FAKE}\n` });
  }
  repo.git(['notes', 'add', '-m', `a note ${FAKE}`, 'HEAD~1']);
}

async function observe(repo: TempRepo, range: HistoryRange = { kind: 'revisions', revisions: ['HEAD'] }) {
  const blocks: string[] = [];
  const result = await streamHistory(repo.dir, range, { onBlock: (c, b) => blocks.push(`${c.id.slice(0, 7)} ${b.path}:${b.startLine} ${b.text}`) });
  return { blocks, result };
}

describe('streamHistory', () => {
  it('reads the same added lines whatever the user config says', () =>
    withTempRepo(async (repo) => {
      buildHistory(repo);
      const clean = await observe(repo);
      const merge = repo.git(['rev-parse', 'HEAD']).trim().slice(0, 7);
      const rename = repo.git(['rev-parse', 'HEAD~2']).trim().slice(0, 7);
      // The merge's own resolution only; the rename shows its edit, not the whole file again.
      expect(clean.blocks).toContain(`${merge} c.txt:1 resolved\n${FAKE}`);
      expect(clean.blocks).toContain(`${rename} src/renamed.txt:6 ${FAKE}`);
      expect(clean.blocks.filter((b) => b.includes('c.txt'))).toHaveLength(3);
      expect(clean.result).toMatchObject({ commits: 7, parentless: 1 });
      for (const [key, value] of hostileConfig(repo)) repo.git(['config', key, value]);
      expect(await observe(repo)).toEqual(clean);
      // --all also reads the notes ref's commit (the note text is content too).
      expect((await observe(repo, { kind: 'all' })).blocks.some((b) => b.endsWith(`a note ${FAKE}`))).toBe(true);
    }));

  it('reports git’s own error for a bad revision', () =>
    withTempRepo(async (repo) => {
      await expect(observe(repo, { kind: 'revisions', revisions: ['nope'] })).rejects.toMatchObject({ code: 'git', message: expect.stringMatching(/nope/) });
    }));
});
