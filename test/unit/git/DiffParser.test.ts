import { describe, expect, it } from 'vitest';
import { HEADER_LOOKALIKES, MIXED, ODD_BYTES, parseAll, TYPES, WITH_CONTEXT } from './diffFixtures.js';

describe('DiffParser', () => {
  it('reports nothing for an empty diff', () => {
    expect(parseAll('')).toEqual({ blocks: [], result: { files: [], bytes: 0 } });
  });

  it('reads files from the raw records and added lines with new-file line numbers', () => {
    const { blocks, result } = parseAll(MIXED);
    expect(result.files).toMatchObject([
      { path: 'crlf.env', status: 'A', binary: false, submodule: false },
      { path: 'del.txt', status: 'D', binary: false, submodule: false },
      { path: 'mode.sh', status: 'M', binary: false, submodule: false },
      { path: 'new.txt', oldPath: 'old.txt', status: 'R', binary: false, submodule: false },
    ]);
    expect(blocks).toEqual([
      // CRLF: the trailing \r is not part of the line.
      { path: 'crlf.env', startLine: 1, text: 'TOKEN=not-a-real-value-123\nplain\n\n\ntwo\r\nlast' },
      { path: 'new.txt', startLine: 11, text: 'eleven' },
    ]);
    expect(result.bytes).toBe('TOKEN=not-a-real-value-123'.length + 'plain'.length + 'two\r'.length + 'last'.length + 'eleven'.length);
  });

  it('never takes added content for a header: hunk counts decide', () => {
    const { blocks, result } = parseAll(HEADER_LOOKALIKES);
    expect(result.files).toHaveLength(1);
    expect(blocks).toEqual([
      { path: 'f.txt', startLine: 2, text: '++ b\n+++ b/f.txt' },
      { path: 'f.txt', startLine: 5, text: 'diff --git a/x b/x\n\nd' },
    ]);
  });

  it('keeps exact names, marks binary files, replaces invalid UTF-8 instead of failing', () => {
    const { blocks, result } = parseAll(ODD_BYTES);
    expect(result.files.map((f) => [f.path, f.binary])).toEqual([
      ['bad\uFFFDname', false],
      ['bin', true],
      ['café "q"\nx.txt', false],
    ]);
    expect(blocks).toEqual([
      { path: 'bad\uFFFDname', startLine: 1, text: 'café' },
      { path: 'café "q"\nx.txt', startLine: 1, text: 'café \uFFFD\uFFFD end \u{1f511}' },
    ]);
  });

  it('handles a type change (two sections), a gitlink and an unmerged path', () => {
    const { blocks, result } = parseAll(TYPES);
    expect(result.files).toMatchObject([
      { path: 'link', status: 'T', binary: false, submodule: false },
      { path: 'sub', status: 'A', binary: false, submodule: true },
      { path: 'conflict', status: 'U', binary: false, submodule: false },
    ]);
    // The gitlink's `Subproject commit` line is not content of ours.
    expect(blocks).toEqual([{ path: 'link', startLine: 1, text: 'target' }]);
  });

  it('splits runs at context lines and counts them in line numbers', () => {
    expect(parseAll(WITH_CONTEXT).blocks).toEqual([
      { path: 'n.txt', startLine: 5, text: 'five\n5b' },
      { path: 'n.txt', startLine: 9, text: '7b' },
    ]);
  });

  it('emits one block for a long run of added lines', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
    const input =
      `:000000 100644 ${'0'.repeat(40)} ${'1'.repeat(40)} A\0big.txt\0\0` +
      'diff --git a/big.txt b/big.txt\nnew file mode 100644\n--- /dev/null\n+++ b/big.txt\n' +
      `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}\n`).join('')}`;
    const { blocks } = parseAll(input, 4096);
    expect(blocks).toEqual([{ path: 'big.txt', startLine: 1, text: lines.join('\n') }]);
  });
});
