import { describe, expect, it } from 'vitest';
import { parseCommitHeader } from '../../../src/git/parseCommitHeader.js';
import { HEADER_ONLY_SECTION, HOSTILE, MERGES, parseLog, REORDERED_MERGE } from './historyFixtures.js';

const XS = 'x'.repeat(8000);

describe('HistoryParser', () => {
  it('reads commits in git order, a merge’s own resolution, and headers of commits without a diff', () => {
    const { commits, blocks, result } = parseLog(MERGES);
    expect(commits.map((c) => [c.id.slice(0, 7), c.parents.length])).toEqual([
      ['fe33cdf', 3], ['f6891f6', 1], ['ef37bdb', 1], ['41bc5a0', 2], ['7931372', 1], ['6fcdbe0', 1], ['ef860b5', 1], ['eddcb19', 0],
    ]);
    expect(commits[0]!.authorDate).toBe('2024-01-02T03:04:05+01:00');
    expect(blocks.map((b) => [b.commit, b.path, b.startLine, b.text])).toEqual([
      ['f6891f6', 'z.txt', 1, 'z'],
      ['ef37bdb', 'y.txt', 1, 'y'],
      // The merge's own change: the resolution, not the lines it merged in.
      ['41bc5a0', 'f.txt', 2, 'RESOLVED'],
      ['7931372', 'f.txt', 2, 'x'],
      ['6fcdbe0', 'f.txt', 2, 'm'],
      ['ef860b5', 'f.txt', 1, 'a'],
    ]);
    expect(result).toMatchObject({ commits: 8, parentless: 1, fileChanges: 6, binarySkipped: 0, addedBytes: 13 });
    expect(result.octopus).toEqual(['fe33cdf3690fe602f1a2705977bbf37a4345f8f8']);
    expect(result.patchBytes).toBe(Buffer.byteLength(MERGES));
  });

  it('accepts a remerge section made only of conflict notes (no raw record for it)', () => {
    const { commits, blocks, result } = parseLog(HEADER_ONLY_SECTION);
    expect(commits).toHaveLength(2);
    expect(blocks).toEqual([]);
    expect(result.binarySkipped).toBe(1);
  });

  it("binds a merge's sections by their paths when remerge-diff prints them out of raw order (git.git 6e8d538aab)", () => {
    const { blocks, result } = parseLog(REORDERED_MERGE);
    expect(blocks.map((b) => [b.path, b.startLine, b.text])).toEqual([
      ['.gitignore', 1, 'KEEP'],
      ['gui/.gitignore', 2, 'gui'],
    ]);
    expect(result).toMatchObject({ commits: 1, addedBytes: 7 });
  });

  it('takes NUL-led, header-like and invalid UTF-8 content as content; exact names; binary skipped', () => {
    const { commits, blocks, result } = parseLog(HOSTILE);
    expect(commits.map((c) => c.id.slice(0, 7))).toEqual(['821fb0d', '06f7918']);
    expect(blocks).toEqual([
      { commit: '821fb0d', path: 'late-nul.txt', startLine: 2, text: `\0commit ${'1'.repeat(40)}\t\t2024\0\n+++ b/x\n@@ -1 +1 @@` },
      { commit: '06f7918', path: 'late-nul.txt', startLine: 1, text: XS },
      { commit: '06f7918', path: 'odd\nname.txt', startLine: 1, text: 'caf\uFFFD' },
    ]);
    expect(result).toMatchObject({ commits: 2, parentless: 1, binarySkipped: 1, fileChanges: 3 });
  });

  it('gives the same result whatever the chunk boundaries', () => {
    for (const fixture of [MERGES, HEADER_ONLY_SECTION, HOSTILE, REORDERED_MERGE]) {
      const whole = parseLog(fixture);
      for (const size of [1, 2, 3, 7, 64, 4096]) expect(parseLog(fixture, size)).toEqual(whole);
    }
  });

  it('reads an empty history as no commits', () => {
    expect(parseLog('').result).toMatchObject({ commits: 0, patchBytes: 0 });
  });

  it('fails closed on output cut short or out of step, without quoting it', () => {
    const cut = (text: string, marker: string) => text.slice(0, text.indexOf(marker) + marker.length);
    // Inside a hunk, inside the raw records, and a patch missing its announced section.
    expect(() => parseLog(cut(MERGES, '@@ -2,5 +2 @@ a\n-<<<<<<< 6fcdbe0 (m)\n'))).toThrow(/inside a hunk/);
    expect(() => parseLog(cut(MERGES, 'A\0z.txt\0'))).toThrow(/mid-record/);
    expect(() => parseLog(cut(MERGES, 'b68025345d5301abad4d9ec9166f455243a0d746 A\0z.txt\0\0'))).toThrow(/section/);
    const stray = MERGES.replace('\0commit f6891f6', 'secret-ish text\n\0commit f6891f6');
    expect(() => parseLog(stray)).toThrow(/^unexpected text between commits in git's log output$/);
    expect(() => parseLog('\0commit nothex\t\t2024\0')).toThrow(/unexpected commit header/);
  });
});

describe('parseCommitHeader', () => {
  it('reads SHA-1 and SHA-256 ids, no parents or several', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(64);
    expect(parseCommitHeader(`commit ${a}\t\t2024-01-02T03:04:05+01:00`)).toEqual({ id: a, parents: [], authorDate: '2024-01-02T03:04:05+01:00' });
    expect(parseCommitHeader(`commit ${b}\t${b} ${b}\t2024-01-02T03:04:05-05:00`).parents).toEqual([b, b]);
    expect(() => parseCommitHeader(`commit ${a}\t${a}`)).toThrow();
  });
});
