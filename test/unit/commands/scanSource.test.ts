import { describe, expect, it } from 'vitest';
import { scanSource, type ByteSource, type WindowSizes } from '../../../src/commands/scanSource.js';
import { NO_ALLOWLIST } from '../../../src/config/defaults.js';
import { scan } from '../../../src/detect/scan.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey, randomFrom } from '../../helpers/fakeKeys.js';

function source(bytes: Buffer): ByteSource {
  return { sizeHint: bytes.length, read: async (into, at) => bytes.copy(into, 0, at) };
}

/** What one scan of the whole text finds: the reference windowed scanning must reproduce. */
function whole(text: string) {
  return scan(text, builtinRules).map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, secret: f.secret }));
}

async function windowed(text: string, sizes: WindowSizes) {
  const result = await scanSource(source(Buffer.from(text)), 'f.txt', builtinRules, NO_ALLOWLIST, sizes);
  if (result.kind !== 'text') throw new Error('expected text');
  return { bytes: result.bytes, findings: result.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, secret: f.secret })) };
}

/** Lines of filler (with multi-byte characters) and keys at random places, some lines very long. */
function document(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const filler = `${randomFrom('abc déf ĝhï 日本 ', 1 + (i % 7) * 13)}`;
    if (i % 5 === 0) out.push(`${filler} const k${i} = "${fakeOpenAiProjectKey()}"; // ${filler}`);
    else if (i % 7 === 0) out.push(`${filler}${' '.repeat(i % 3)}aws="${fakeAwsAccessKeyId()}"`);
    else out.push(filler);
  }
  return `${out.join('\n')}\n`;
}

describe('scanSource', () => {
  const small: WindowSizes = { window: 2048, overlap: 400 };

  it('finds the same keys at the same places as one scan of the whole text, across many windows', async () => {
    for (let round = 0; round < 5; round++) {
      const text = document(300);
      const expected = whole(text);
      expect(expected.length).toBeGreaterThan(60);
      const got = await windowed(text, small);
      expect(got.findings).toEqual(expected);
      expect(got.bytes).toBe(Buffer.byteLength(text));
    }
  });

  it('cuts a line longer than the window mid-line and still reports its keys once, with their columns', async () => {
    const parts: string[] = [];
    for (let i = 0; i < 40; i++) parts.push(`${randomFrom('xyzé日 ', 37 + i)} "${fakeOpenAiProjectKey()}" `);
    const text = `header\n${parts.join('')}\ntrailer\n`;
    const expected = whole(text);
    expect(expected).toHaveLength(40);
    expect((await windowed(text, small)).findings).toEqual(expected);
  });

  it('is one window for a small file, and the default windows agree with the whole-text scan', async () => {
    const text = document(50);
    expect((await windowed(text, { window: 8 << 20, overlap: 64 << 10 })).findings).toEqual(whole(text));
  });

  it('treats a NUL byte in the first 8000 bytes as binary, as git does, and one after them as text', async () => {
    const key = fakeOpenAiProjectKey();
    const early = Buffer.concat([Buffer.from('a\0b '), Buffer.from(key)]);
    expect((await scanSource(source(early), 'b', builtinRules, NO_ALLOWLIST)).kind).toBe('binary');
    const late = Buffer.concat([Buffer.from(`${'x'.repeat(8000)}\0 "${key}"\n`)]);
    const result = await scanSource(source(late), 'b', builtinRules, NO_ALLOWLIST);
    expect(result.kind === 'text' && result.findings.map((f) => f.column)).toEqual([8004]);
  });

  it('honours keyguard:allow on the line before a key in a later window', async () => {
    const filler = `${'z'.repeat(100)}\n`.repeat(60);
    const text = `${filler}// keyguard:allow test fixture\nconst k = "${fakeOpenAiProjectKey()}";\n${filler}`;
    expect(whole(text)).toEqual([]);
    expect((await windowed(text, small)).findings).toEqual([]);
  });
});
