import { describe, expect, it } from 'vitest';
import { scanHistory } from '../../../src/commands/scanHistory.js';
import type { CommandIo } from '../../../src/commands/types.js';
import { isolateFromOuterGit, withTempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

/** A CommandIo whose clock advances 150 ms per reading, so throttled progress gets drawn. */
function fakeIo(cwd: string, stderrIsTTY: boolean) {
  const out = { stdout: '', stderr: '' };
  let clock = 0;
  const io: CommandIo = {
    cwd, stderrIsTTY, color: false,
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    now: () => (clock += 150),
    readStdin: async () => Buffer.alloc(0),
  };
  return { io, out };
}

describe('scan-history progress', () => {
  it('draws a counter on a terminal for text output only, and clears it', () =>
    withTempRepo(async (repo) => {
      // 200 commits in one git process (git-fast-import(1)).
      const stream = Array.from({ length: 200 }, (_, i) =>
        `commit refs/heads/main\ncommitter T <t@example.invalid> ${1700000000 + i} +0000\ndata 1\nc\n${i === 0 ? 'from refs/heads/main^0\n' : ''}M 100644 inline f.txt\ndata 2\n${i % 10}\n\n`).join('');
      repo.git(['fast-import', '--quiet'], { input: stream });
      const tty = fakeIo(repo.dir, true);
      expect(await scanHistory({ revisions: [], all: false }, 'text', tty.io)).toBe(0);
      expect(tty.out.stderr).toMatch(/^\rkeyguard: scanning history… \d+ commits/);
      expect(tty.out.stderr.endsWith('\r\u001b[K')).toBe(true);
      expect(tty.out.stdout).toContain('scanned 201 commit(s)');
      for (const [format, isTTY] of [['json', true], ['text', false]] as const) {
        const quiet = fakeIo(repo.dir, isTTY);
        await scanHistory({ revisions: [], all: false }, format, quiet.io);
        expect(quiet.out.stderr).toBe('');
      }
    }));
});
