/**
 * Literal `git diff --cached --raw -p -z --no-abbrev -U0 …` outputs (git 2.39), captured
 * from real repositories: NUL-terminated raw records, one empty record, then the patch; one hunk
 * per file section (STAGED_DIFF_ARGS' --inter-hunk-context).
 */

import { DiffParser } from '../../../src/git/DiffParser.js';
import type { AddedBlock, StagedDiffResult } from '../../../src/git/types.js';

const Z = '0'.repeat(40);

/** Four entries: a CRLF file, a deletion, a mode-only change, a rename with an edit. */
export const MIXED =
  `:000000 100644 ${Z} 7d548918d120a1ba1415058a82f403d88fbfcc72 A\0crlf.env\0` +
  `:100644 000000 93138ec11c3eb3f6e950f8cc0acc13d0e01a193c ${Z} D\0del.txt\0` +
  ':100644 100755 587be6b4c3f93f93c489c0111bba5596147a26cb 587be6b4c3f93f93c489c0111bba5596147a26cb M\0mode.sh\0' +
  ':100644 100644 c9e9e05f445e6b772f19fea1449759b7458a446e 6bfbf55d23f8e97c04f0599f6ef50324488b6d8f R087\0old.txt\0new.txt\0' +
  '\0' +
  'diff --git a/crlf.env b/crlf.env\n' +
  'new file mode 100644\n' +
  'index 0000000..7d54891\n' +
  '--- /dev/null\n' +
  '+++ b/crlf.env\n' +
  '@@ -0,0 +1,6 @@\n' +
  '+TOKEN=not-a-real-value-123\r\n' +
  '+plain\r\n' +
  // One CR is the line ending; a lone CR is an empty line; a second CR is content.
  '+\r\n' +
  '+\n' +
  '+two\r\r\n' +
  '+last\r\n' +
  'diff --git a/del.txt b/del.txt\n' +
  'deleted file mode 100644\n' +
  'index 93138ec..0000000\n' +
  '--- a/del.txt\n' +
  '+++ /dev/null\n' +
  '@@ -1,2 +0,0 @@\n' +
  '-keep\n' +
  '-gone\n' +
  'diff --git a/mode.sh b/mode.sh\n' +
  'old mode 100644\n' +
  'new mode 100755\n' +
  'diff --git a/old.txt b/new.txt\n' +
  'similarity index 87%\n' +
  'rename from old.txt\n' +
  'rename to new.txt\n' +
  'index c9e9e05..6bfbf55 100644\n' +
  '--- a/old.txt\n' +
  '+++ b/new.txt\n' +
  '@@ -10,0 +11 @@ ten\n' +
  '+eleven\n';

/** Added lines that look like headers (`++ b`, `+++ b/f.txt`, `diff --git`), an empty line, no final newline. */
export const HEADER_LOOKALIKES =
  ':100644 100644 de980441c3ab03a8c07dda1ad27b8a11f39deb1e cd6bdf9c5d08aba77abef9e64dad76b4bef8ee72 M\0f.txt\0' +
  '\0' +
  'diff --git a/f.txt b/f.txt\n' +
  'index de98044..cd6bdf9 100644\n' +
  '--- a/f.txt\n' +
  '+++ b/f.txt\n' +
  '@@ -2,2 +2,6 @@ a\n' +
  '-b\n' +
  '+++ b\n' +
  '++++ b/f.txt\n' +
  ' c\n' +
  '+diff --git a/x b/x\n' +
  '+\n' +
  '+d\n' +
  '\\ No newline at end of file\n';

/** Names that are not valid UTF-8 or need quoting in headers; content with invalid UTF-8; a binary file. */
export const ODD_BYTES = Buffer.concat([
  Buffer.from(`:000000 100644 ${Z} 572eb43fe8e34fb87d01c69e01151ff696022924 A\0bad`),
  Buffer.from([0xff]),
  Buffer.from(`name\0:000000 100644 ${Z} d5d0b8b4c4c9e936890870f6799cfbb5ba984470 A\0bin\0`),
  Buffer.from(`:000000 100644 ${Z} 2f7f9c660732a1259e0f612d48893afac42b06b1 A\0café "q"\nx.txt\0\0`),
  Buffer.from('diff --git a/bad'),
  Buffer.from([0xff]),
  Buffer.from('name b/bad'),
  Buffer.from([0xff]),
  Buffer.from('name\nnew file mode 100644\nindex 0000000..572eb43\n--- /dev/null\n+++ b/bad'),
  Buffer.from([0xff]),
  Buffer.from('name\n@@ -0,0 +1 @@\n+café\n'),
  Buffer.from('diff --git a/bin b/bin\nnew file mode 100644\nindex 0000000..d5d0b8b\n'),
  Buffer.from('Binary files /dev/null and b/bin differ\n'),
  Buffer.from('diff --git "a/caf\\303\\251 \\"q\\"\\nx.txt" "b/caf\\303\\251 \\"q\\"\\nx.txt"\n'),
  Buffer.from('new file mode 100644\nindex 0000000..2f7f9c6\n--- /dev/null\n'),
  Buffer.from('+++ "b/caf\\303\\251 \\"q\\"\\nx.txt"\t\n@@ -0,0 +1 @@\n+caf\u00e9 '),
  Buffer.from([0xff, 0xfe]),
  Buffer.from(' end \u{1f511}\n'),
]);

/** A file → symlink type change (two sections), a new gitlink, and an unmerged path. */
export const TYPES =
  ':100644 120000 45b983be36b73c0788dc9cbcb76cbb80fc7bb057 1de565933b05f74c75ff9a6520af5f9f8a5a2f1d T\0link\0' +
  `:000000 160000 ${Z} e2740ea64483469f072ecd0e57c9b50a5b3580d3 A\0sub\0` +
  `:100644 000000 ba2906d0666cf726c7eaadd2cd3db615dedfdf3a ${Z} U\0conflict\0` +
  '\0' +
  'diff --git a/link b/link\ndeleted file mode 100644\nindex 45b983b..0000000\n--- a/link\n+++ /dev/null\n' +
  '@@ -1 +0,0 @@\n-hi\n' +
  'diff --git a/link b/link\nnew file mode 120000\nindex 0000000..1de5659\n--- /dev/null\n+++ b/link\n' +
  '@@ -0,0 +1 @@\n+target\n\\ No newline at end of file\n' +
  'diff --git a/sub b/sub\nnew file mode 160000\nindex 0000000..e2740ea\n--- /dev/null\n+++ b/sub\n' +
  '@@ -0,0 +1 @@\n+Subproject commit e2740ea64483469f072ecd0e57c9b50a5b3580d3\n' +
  '* Unmerged path conflict\n';

/** Context lines, as GIT_DIFF_OPTS=-u1 would force in: runs split around them. */
export const WITH_CONTEXT =
  ':100644 100644 1c99002b20b3c0e11a95c8423601a38fff9b3675 94fc9bd041f3fdbb837a73c884ed5c24f4ac976b M\0n.txt\0' +
  '\0' +
  'diff --git a/n.txt b/n.txt\nindex 1c99002..94fc9bd 100644\n--- a/n.txt\n+++ b/n.txt\n' +
  '@@ -4,4 +4,6 @@\n 4\n-5\n+five\n+5b\n 6\n 7\n+7b\n';

export const ALL = { MIXED, HEADER_LOOKALIKES, ODD_BYTES, TYPES, WITH_CONTEXT };

/** Feed `input` to a DiffParser in chunks of `chunkSize` bytes (default: one piece). */
export function parseAll(input: string | Buffer, chunkSize = Infinity): { blocks: AddedBlock[]; result: StagedDiffResult } {
  const blocks: AddedBlock[] = [];
  const parser = new DiffParser((block) => blocks.push(block));
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input);
  const step = Number.isFinite(chunkSize) ? chunkSize : Math.max(bytes.length, 1);
  for (let at = 0; at < bytes.length; at += step) parser.push(bytes.subarray(at, at + step));
  return { blocks, result: parser.end(bytes.length > 0) };
}
