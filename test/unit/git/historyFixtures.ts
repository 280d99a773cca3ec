/**
 * Literal `git log -z --raw -p --format=tformat:%x00commit %H%x09%P%x09%aI --root
 * --diff-merges=remerge --topo-order --no-abbrev -U0 …` outputs (git 2.39.5), captured from real
 * repositories built with fixed dates. `\0` is git's NUL; nothing here is a key.
 */
import { HistoryParser } from '../../../src/git/HistoryParser.js';
import type { AddedBlock, HistoryCommit, HistoryResult } from '../../../src/git/types.js';

const Z = '0'.repeat(40);
const raw = (src: string, dst: string, a: string, b: string, status: string, path: string) => `:${src} ${dst} ${a} ${b} ${status}\0${path}\0`;

/**
 * main: an empty root commit, `one`, `m`; branch x (conflicting edit) merged as `mx` with a hand
 * resolution; branches y and z merged by an octopus (git prints a warning instead of its diff).
 * The empty root commit comes last and has no diff: the stream ends with its header's NUL.
 */
export const MERGES =
  '\0commit fe33cdf3690fe602f1a2705977bbf37a4345f8f8\t41bc5a020468a2ec3187e366cb06d9a6dd4b7ba8 ef37bdb4308467a5e17e430ed1fb940dcf1412b7 f6891f6ebe60ff05a0d830a30fa8a16ff4d9f473\t2024-01-02T03:04:05+01:00\0' +
  'diff: warning: Skipping remerge-diff for octopus merges.\n' +
  '\0commit f6891f6ebe60ff05a0d830a30fa8a16ff4d9f473\t6fcdbe0570b5e76deaa8bad6332ff1f49dd36b55\t2024-01-02T03:04:05+01:00\0\n' +
  raw('000000', '100644', Z, 'b68025345d5301abad4d9ec9166f455243a0d746', 'A', 'z.txt') + '\0' +
  'diff --git a/z.txt b/z.txt\nnew file mode 100644\nindex 0000000..b680253\n--- /dev/null\n+++ b/z.txt\n@@ -0,0 +1 @@\n+z\n' +
  '\0commit ef37bdb4308467a5e17e430ed1fb940dcf1412b7\tef860b5f5b2418153dc94848a51e81a2475d06f9\t2024-01-02T03:04:05+01:00\0\n' +
  raw('000000', '100644', Z, '975fbec8256d3e8a3797e7a3611380f27c49f4ac', 'A', 'y.txt') + '\0' +
  'diff --git a/y.txt b/y.txt\nnew file mode 100644\nindex 0000000..975fbec\n--- /dev/null\n+++ b/y.txt\n@@ -0,0 +1 @@\n+y\n' +
  '\0commit 41bc5a020468a2ec3187e366cb06d9a6dd4b7ba8\t6fcdbe0570b5e76deaa8bad6332ff1f49dd36b55 7931372d5bf94341d5baef54925eca9859e2e318\t2024-01-02T03:04:05+01:00\0\n' +
  raw('100644', '100644', 'd4d64dcad91d00435cbb7e94ba2dcfb8671467a8', '133b69aeaf1fc4d09a89e83d6afeafbf4361d478', 'M', 'f.txt') + '\0' +
  'diff --git a/f.txt b/f.txt\nremerge CONFLICT (content): Merge conflict in f.txt\nindex d4d64dc..133b69a 100644\n' +
  '--- a/f.txt\n+++ b/f.txt\n@@ -2,5 +2 @@ a\n-<<<<<<< 6fcdbe0 (m)\n-m\n-=======\n-x\n->>>>>>> 7931372 (x)\n+RESOLVED\n' +
  '\0commit 7931372d5bf94341d5baef54925eca9859e2e318\tef860b5f5b2418153dc94848a51e81a2475d06f9\t2024-01-02T03:04:05+01:00\0\n' +
  raw('100644', '100644', '78981922613b2afb6025042ff6bd878ac1994e85', '93829c7b4af9dfbeea3b31395b042a614d7a190d', 'M', 'f.txt') + '\0' +
  'diff --git a/f.txt b/f.txt\nindex 7898192..93829c7 100644\n--- a/f.txt\n+++ b/f.txt\n@@ -1,0 +2 @@ a\n+x\n' +
  '\0commit 6fcdbe0570b5e76deaa8bad6332ff1f49dd36b55\tef860b5f5b2418153dc94848a51e81a2475d06f9\t2024-01-02T03:04:05+01:00\0\n' +
  raw('100644', '100644', '78981922613b2afb6025042ff6bd878ac1994e85', '9327e295f637fe6fd721999358fd4aa194024d19', 'M', 'f.txt') + '\0' +
  'diff --git a/f.txt b/f.txt\nindex 7898192..9327e29 100644\n--- a/f.txt\n+++ b/f.txt\n@@ -1,0 +2 @@ a\n+m\n' +
  '\0commit ef860b5f5b2418153dc94848a51e81a2475d06f9\teddcb196f5ee6d9d5dbb3b786d6412d1a9ec7b93\t2024-01-02T03:04:05+01:00\0\n' +
  raw('000000', '100644', Z, '78981922613b2afb6025042ff6bd878ac1994e85', 'A', 'f.txt') + '\0' +
  'diff --git a/f.txt b/f.txt\nnew file mode 100644\nindex 0000000..7898192\n--- /dev/null\n+++ b/f.txt\n@@ -0,0 +1 @@\n+a\n' +
  '\0commit eddcb196f5ee6d9d5dbb3b786d6412d1a9ec7b93\t\t2024-01-02T03:04:05+01:00\0';

/**
 * A merge whose only remerge output is a header-only section (a binary conflict resolved with
 * "ours"): no raw record at all, then a `diff --git` section of `remerge` notes only.
 */
export const HEADER_ONLY_SECTION =
  '\0commit c870bc901dc49203eb4a437dc3f932a5c3448bad\td9f4724712701e84eb7b4719b7e0514718d7b0ba 1e186393a46c0e988dd2d7e2fcf27bdf9bb88c5e\t2026-11-23T12:32:57+00:00\0\n' +
  '\0' +
  'diff --git a/b.bin b/b.bin\n' +
  'remerge warning: Cannot merge binary files: b.bin (d9f4724 (b2) vs. 1e18639 (b1))\n' +
  'remerge CONFLICT (content): Merge conflict in b.bin\n' +
  '\0commit 1e186393a46c0e988dd2d7e2fcf27bdf9bb88c5e\tf5c254951f9bf81db0f5301c4842fe2f56928a6f\t2026-11-23T12:32:57+00:00\0\n' +
  raw('100644', '100644', '1a23e4be731d2f539deeea324686d000ccdfbfcd', '01393ab231254c40c239329503390fce2bce4e7e', 'M', 'b.bin') + '\0' +
  'diff --git a/b.bin b/b.bin\nindex 1a23e4b..01393ab 100644\nBinary files a/b.bin and b/b.bin differ\n';

/**
 * A merge whose remerge-diff prints its pairs in another order than its raw entries, as git.git's
 * 6e8d538aab does (git 2.39.5): a rename/rename conflict note for `gui--ask` (no raw entry), then
 * the pure rename `gui--ask.sh` → `gui/gui--ask.sh` — before `gui/.gitignore`, which raw lists
 * first (`-` sorts before `/`). Shortened from that commit; hunks and ids are made up.
 */
export const REORDERED_MERGE =
  '\0commit 6e8d538aab8fe4dd07ba9fb87b5c7edcfa5706ad\tb70a02dcc9add838175b4c4a07171f8ab6b9f7c0 bb52cdac6254c006e06bf0bb820268dcf024fc22\t2025-01-02T03:04:05+01:00\0\n' +
  raw('100644', '100644', 'f26b6b36497251e785d2abc50e133f24feea1a41', '24635cf2d6f4a37843ea7091da07c0d101dcac5b', 'M', '.gitignore') +
  raw('100644', '100644', '5130b4f0189518462c7c387eb97fa2697ea308b6', '38a41ebc58237f528196f54a8e6f35c802b8538a', 'M', 'gui/.gitignore') +
  raw('100755', '000000', '142d1bc3de229bcdb4473cb6fb3bac20c1445b9e', Z, 'D', 'gui/gui--ask') +
  ':100755 100755 142d1bc3de229bcdb4473cb6fb3bac20c1445b9e 142d1bc3de229bcdb4473cb6fb3bac20c1445b9e R100\0gui--ask.sh\0gui/gui--ask.sh\0' +
  '\0' +
  'diff --git a/.gitignore b/.gitignore\nremerge CONFLICT (content): Merge conflict in .gitignore\nindex f26b6b3649..24635cf2d6 100644\n' +
  '--- a/.gitignore\n+++ b/.gitignore\n@@ -1 +1 @@\n-<<<<<<< b70a02dcc9 (Merge)\n+KEEP\n' +
  'diff --git a/gui--ask b/gui--ask\nremerge CONFLICT (rename/rename): gui--ask renamed to gui/gui--ask in b70a02dcc9 (Merge) and to gui--ask.sh in bb52cdac62 (gui).\n' +
  'diff --git a/gui--ask.sh b/gui/gui--ask.sh\nsimilarity index 100%\nrename from gui--ask.sh\nrename to gui/gui--ask.sh\n' +
  'diff --git a/gui/.gitignore b/gui/.gitignore\nindex 5130b4f018..38a41ebc58 100644\n--- a/gui/.gitignore\n+++ b/gui/.gitignore\n@@ -1,0 +2 @@ a\n+gui\n' +
  'diff --git a/gui/gui--ask b/gui/gui--ask\ndeleted file mode 100755\nindex 142d1bc3de..0000000000\n--- a/gui/gui--ask\n+++ /dev/null\n@@ -1 +0,0 @@\n-old\n';

const XS = 'x'.repeat(8000);

/**
 * Content built to confuse a parser: a text file (its first 8000 bytes hold no NUL, so git diffs
 * it as text) gains lines that start with NUL and look like a commit header, a `+++` header and a
 * hunk header; a name with a newline; Latin-1 content (invalid UTF-8); a binary file.
 */
export const HOSTILE = Buffer.concat([
  Buffer.from(
    '\0commit 821fb0d8dfaaf4d957fe6451bc2a57c1133ebb54\t06f79180040ea62c6f1c7bde6b1e1ac590dda192\t2024-01-02T03:04:05-05:00\0\n' +
    raw('100644', '100644', '36c3d0727bcad13d5d823da534c1ee375bf0db8b', '21a1d08917f252919d46c4d8ad6f8c83be7ba86e', 'M', 'late-nul.txt') + '\0' +
    'diff --git a/late-nul.txt b/late-nul.txt\nindex 36c3d07..21a1d08 100644\n--- a/late-nul.txt\n+++ b/late-nul.txt\n' +
    `@@ -1,0 +2,3 @@ ${XS}\n` +
    `+\0commit ${'1'.repeat(40)}\t\t2024\0\n` + '++++ b/x\n' + '+@@ -1 +1 @@\n' +
    '\0commit 06f79180040ea62c6f1c7bde6b1e1ac590dda192\t\t2024-01-02T03:04:05-05:00\0\n' +
    raw('000000', '100644', Z, 'bdc955b7b2e610ad5a72302b139a2e6cb325519a', 'A', 'bin.dat') +
    raw('000000', '100644', Z, '36c3d0727bcad13d5d823da534c1ee375bf0db8b', 'A', 'late-nul.txt') +
    raw('000000', '100644', Z, '6f83395d973c448cdb70a7b21f7fc8018797acf6', 'A', 'odd\nname.txt') + '\0' +
    'diff --git a/bin.dat b/bin.dat\nnew file mode 100644\nindex 0000000..bdc955b\nBinary files /dev/null and b/bin.dat differ\n' +
    'diff --git a/late-nul.txt b/late-nul.txt\nnew file mode 100644\nindex 0000000..36c3d07\n--- /dev/null\n+++ b/late-nul.txt\n' +
    `@@ -0,0 +1 @@\n+${XS}\n` +
    'diff --git "a/odd\\nname.txt" "b/odd\\nname.txt"\nnew file mode 100644\nindex 0000000..6f83395\n--- /dev/null\n+++ "b/odd\\nname.txt"\n' +
    '@@ -0,0 +1 @@\n+caf',
  ),
  Buffer.from([0xe9]),
  Buffer.from('\n'),
]);

export interface Parsed {
  readonly commits: HistoryCommit[];
  readonly blocks: (AddedBlock & { commit: string })[];
  readonly result: HistoryResult;
}

/** Feed `output` to a HistoryParser in chunks of `chunkSize` bytes (all at once by default). */
export function parseLog(output: string | Buffer, chunkSize = Number.POSITIVE_INFINITY): Parsed {
  const commits: HistoryCommit[] = [];
  const blocks: Parsed['blocks'] = [];
  const parser = new HistoryParser({
    onCommit: (c) => commits.push(c),
    onBlock: (c, b) => blocks.push({ commit: c.id.slice(0, 7), ...b }),
  });
  const bytes = Buffer.isBuffer(output) ? output : Buffer.from(output);
  for (let at = 0; at < bytes.length; at += chunkSize) parser.push(Buffer.from(bytes.subarray(at, at + chunkSize)));
  return { commits, blocks, result: parser.end() };
}
