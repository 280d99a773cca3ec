import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { DiffParser } from '../../../src/git/DiffParser.js';
import { ALL, HEADER_LOOKALIKES, MIXED, ODD_BYTES, parseAll } from './diffFixtures.js';

describe('DiffParser chunking', () => {
  for (const [name, fixture] of Object.entries(ALL)) {
    it(`gives identical output for ${name} in one piece, byte by byte and in every chunk size up to 64`, () => {
      const whole = parseAll(fixture);
      expect(whole.result.files.length).toBeGreaterThan(0);
      expect(parseAll(fixture, 1)).toEqual(whole);
      for (let size = 2; size <= 64; size++) expect(parseAll(fixture, size)).toEqual(whole);
    });
  }

  it('collects long runs of added lines whatever their lengths and the chunk sizes (addedRun stages them in windows)', () => {
    // Lines from empty to ~3× addedRun's first 4 kB window, some CRLF, in one run of one new file:
    // the block must be exactly the lines, however the chunks cut the window boundaries.
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) lines.push(String.fromCharCode(97 + (i % 26)).repeat([0, 1, 7, 95, 97, 700, 4095, 4097, 13000][(i * 7) % 9]!) + `#${i}`);
    const Z = '0'.repeat(40);
    const patch =
      `:000000 100644 ${Z} ${'1'.repeat(40)} A\0long.txt\0\0` +
      'diff --git a/long.txt b/long.txt\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/long.txt\n' +
      `@@ -0,0 +1,${lines.length} @@\n` +
      lines.map((line, i) => `+${line}${i % 3 === 0 ? '\r' : ''}\n`).join('');
    for (const size of [Infinity, 65536, 4096, 4097, 1000, 37]) {
      const { blocks } = parseAll(patch, size);
      expect(blocks.map((b) => b.text).join('\n')).toBe(lines.join('\n'));
      expect(blocks[0]?.startLine).toBe(1);
    }
  });

  it('reassembles a multi-byte character split between chunks', () => {
    const emoji = ODD_BYTES.indexOf(Buffer.from('\u{1f511}'));
    const eAcute = ODD_BYTES.lastIndexOf(Buffer.from('é'));
    for (const cut of [emoji + 1, emoji + 2, emoji + 3, eAcute + 1]) {
      const blocks: string[] = [];
      const parser = new DiffParser((b) => blocks.push(b.text));
      parser.push(ODD_BYTES.subarray(0, cut));
      parser.push(ODD_BYTES.subarray(cut));
      parser.end(true);
      expect(blocks.at(-1)).toBe('café \uFFFD\uFFFD end \u{1f511}');
    }
  });
});

describe('DiffParser fails closed', () => {
  const Z = '0'.repeat(40);
  const entry = (path: string) => `:000000 100644 ${Z} ${'1'.repeat(40)} A\0${path}\0`;
  const section = (path: string, body: string) =>
    `diff --git a/${path} b/${path}\nnew file mode 100644\n--- /dev/null\n+++ b/${path}\n${body}`;

  const broken: Record<string, string> = {
    'fewer sections than raw entries': `${entry('a')}${entry('b')}\0${section('a', '@@ -0,0 +1 @@\n+x\n')}`,
    'more sections than raw entries': `${entry('a')}\0${section('a', '@@ -0,0 +1 @@\n+x\n')}${section('b', '')}`,
    'raw entries but no patch': `${entry('a')}`,
    'output cut inside a hunk': `${entry('a')}\0${section('a', '@@ -0,0 +1,2 @@\n+x\n')}`,
    'output cut inside a line': `${entry('a')}\0${section('a', '@@ -0,0 +1 @@\n+x')}`,
    'output cut inside a raw entry': `:000000 100644 ${Z} ${'1'.repeat(40)} R100\0a\0`,
    'an added line beyond the hunk count': `${entry('a')}\0${section('a', '@@ -0,0 +1 @@\n+x\n+TOKEN=not-a-real-value-123\n')}`,
    'an unknown line inside a hunk': `${entry('a')}\0${section('a', '@@ -0,0 +1 @@\n?TOKEN=not-a-real-value-123\n')}`,
    'a malformed raw record': `:garbage\0a\0\0`,
    'a malformed hunk header': `${entry('a')}\0${section('a', '@@ -0,0 +x @@ TOKEN=not-a-real-value-123\n')}`,
    'a patch line before any section': `${entry('a')}\0+x\n`,
    // Issue 10, item 2: output cut where a full disk stops git's writes, at a line boundary.
    'a section cut after its header lines (new content, no hunk)': `${entry('a')}\0${section('a', '')}`,
    'a second hunk in one section (git was asked for one)': `${entry('a')}\0${section('a', '@@ -0,0 +1 @@\n+x\n@@ -0,0 +2 @@\n+TOKEN=not-a-real-value-123\n')}`,
  };

  for (const [name, input] of Object.entries(broken)) {
    it(`throws KeyguardError('internal') on ${name}, without quoting content`, () => {
      let caught: unknown;
      try {
        parseAll(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(KeyguardError);
      expect((caught as KeyguardError).code).toBe('internal');
      expect((caught as KeyguardError).message).not.toContain('TOKEN');
    });
  }

  it('accepts the well-formed fixtures these were derived from', () => {
    expect(() => parseAll(MIXED)).not.toThrow();
    expect(() => parseAll(HEADER_LOOKALIKES)).not.toThrow();
  });
});
