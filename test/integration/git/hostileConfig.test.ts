import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grepHead } from '../../../src/git/grepHead.js';
import { streamStagedDiff } from '../../../src/git/streamStagedDiff.js';
import type { AddedBlock } from '../../../src/git/types.js';
import { isolateFromOuterGit, withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

const FAKE = 'TOKEN=not-a-real-value-123';

// The example from Bram Cohen's patience diff write-up, where the algorithms' hunks differ.
const FROB_OLD = [
  '#include <stdio.h>', '', '// Frobs foo heartily', 'int frobnitz(int foo)', '{', '    int i;',
  '    for(i = 0; i < 10; i++)', '    {', '        printf("Your answer is: ");', '        printf("%d\\n", foo);',
  '    }', '}', '', 'int fact(int n)', '{', '    if(n > 1)', '    {', '        return fact(n-1) * n;', '    }',
  '    return 1;', '}', '', 'int main(int argc, char **argv)', '{', '    frobnitz(fact(10));', '}', '',
].join('\n');
const FROB_NEW = [
  '#include <stdio.h>', '', 'int fib(int n)', '{', '    if(n > 2)', '    {', '        return fib(n-1) + fib(n-2);',
  '    }', '    return 1;', '}', '', '// Frobs foo heartily', 'int frobnitz(int foo)', '{', '    int i;',
  '    for(i = 0; i < 10; i++)', '    {', '        printf("%d\\n", foo);', '    }', '}', '',
  'int main(int argc, char **argv)', '{', '    frobnitz(fib(10));', '}', '',
].join('\n');

/** Config a user (or a hostile repository template) could set to change git's output. */
function hostileConfig(repo: TempRepo): [string, string][] {
  const script = join(repo.dir, '.git', 'print-garbage.sh');
  repo.write('.git/print-garbage.sh', '#!/bin/sh\necho "+++ garbage from a driver"\n');
  chmodSync(script, 0o755);
  repo.write('.git/order', 'z-last.txt\nsrc/*\n');
  // Attributes outside the tree, so the staged change itself stays the same.
  repo.write('.git/info/attributes', '*.txt diff=shout\n*.cfg diff=cmd\n');
  return [
    ['color.diff', 'always'], ['color.ui', 'always'], ['color.grep', 'always'],
    ['diff.noprefix', 'true'], ['diff.mnemonicPrefix', 'true'],
    ['diff.external', script], ['diff.shout.textconv', script], ['diff.cmd.command', script],
    ['diff.renames', 'copies'], ['core.quotepath', 'true'], ['diff.relative', 'true'],
    ['diff.context', '5'], ['diff.interHunkContext', '10'], ['diff.submodule', 'log'],
    ['diff.ignoreSubmodules', 'all'], ['diff.orderFile', join(repo.dir, '.git', 'order')],
    ['diff.algorithm', 'patience'], ['diff.indentHeuristic', 'false'], ['diff.suppressBlankEmpty', 'true'],
    ['diff.colorMoved', 'zebra'], ['core.abbrev', '7'], ['core.bigFileThreshold', '1'],
    ['grep.column', 'true'], ['grep.lineNumber', 'false'], ['grep.fullName', 'false'],
    ['grep.patternType', 'perl'], ['submodule.recurse', 'true'],
  ];
}

/** A staged change exercising every property the config above could bend. */
function stageEverything(repo: TempRepo): void {
  const numbers = Array.from({ length: 30 }, (_, i) => `n${i + 1}`);
  repo.write('src/numbers.txt', `${numbers.join('\n')}\n`);
  repo.write('src/copy-source.txt', `${numbers.join('\n')}\n`);
  repo.write('frob.c', FROB_OLD);
  repo.write('slide.txt', 'a {\n  x\n}\n');
  repo.write('moved.txt', 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n');
  repo.write('app.cfg', 'debug=false\n');
  // Would match the keyword `x.y` as a regex (grep.patternType), not as a fixed string.
  repo.write('notes.md', 'xzy\nx.y\n');
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '-m', 'base']);
  const edited = [...numbers];
  edited.splice(3, 0, FAKE);
  edited.splice(9, 1, 'changed ten', '');
  edited.splice(14, 0, '++ looks like a header');
  repo.write('src/numbers.txt', `${edited.join('\n')}\n`);
  repo.write('src/copy.txt', `${numbers.join('\n')}\nextra\n`);
  // Myers and patience (diff.algorithm) disagree here; and the indent heuristic slides this insertion.
  repo.write('frob.c', FROB_NEW);
  repo.write('slide.txt', 'a {\n  y\n}\na {\n  x\n}\n');
  repo.write('moved.txt', 'five\nsix\none\ntwo\nthree\nfour\nseven\neight\n');
  repo.write('app.cfg', `debug=false\n${FAKE}\n`);
  repo.write('ünï code/z-last.txt', 'last\n');
  repo.git(['add', '-A']);
  repo.git(['update-index', '--add', '--cacheinfo', `160000,${repo.git(['rev-parse', 'HEAD']).trim()},sub`]);
}

async function observe(repo: TempRepo) {
  const blocks: AddedBlock[] = [];
  const result = await streamStagedDiff(repo.dir, (block) => blocks.push(block));
  const head = await grepHead(repo.dir, ['n1', 'debug', 'x.y']);
  return { blocks, result, head };
}

describe('hostile configuration', () => {
  it('changes nothing in what streamStagedDiff and grepHead report', () =>
    withTempRepo(async (repo) => {
      stageEverything(repo);
      const clean = await observe(repo);
      expect(clean.blocks).toContainEqual({ path: 'src/numbers.txt', startLine: 4, text: FAKE });
      expect(clean.blocks).toContainEqual({ path: 'app.cfg', startLine: 2, text: FAKE });
      expect(clean.result.files.find((f) => f.path === 'sub')?.submodule).toBe(true);
      expect(clean.head).toContainEqual({ path: 'notes.md', line: 2, text: 'x.y' });
      expect(clean.head).not.toContainEqual(expect.objectContaining({ text: 'xzy' }));
      for (const [key, value] of hostileConfig(repo)) repo.git(['config', key, value]);
      expect(await observe(repo)).toEqual(clean);
    }));

  it('each setting alone changes nothing either', () =>
    withTempRepo(async (repo) => {
      stageEverything(repo);
      const clean = await observe(repo);
      for (const [key, value] of hostileConfig(repo)) {
        repo.git(['config', key, value]);
        expect({ key, seen: await observe(repo) }).toEqual({ key, seen: clean });
        repo.git(['config', '--unset', key]);
      }
    }));
});
