import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { readWhileWriting, streamGitOutput } from '../../../src/git/streamGitOutput.js';
import { SpoolFile } from '../../../src/git/SpoolFile.js';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { makeHookRepo, removeHookRepos, trackTempDir, writeRepoFile } from '../../helpers/hookRepo.js';
import { gitOk, runKeyguard } from '../../helpers/runCli.js';
import { isolateFromOuterGit, withTempRepo } from '../../helpers/tempRepo.js';

isolateFromOuterGit();

afterEach(removeHookRepos);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A writer standing in for git: its own descriptor, opened by path before the first write. */
function writer(path: string) {
  const fd = openSync(path, 'w');
  return { write: (text: string) => writeSync(fd, text), close: () => closeSync(fd) };
}

describe('readWhileWriting (the spool between git and the parser)', () => {
  it('hands over what arrives after it has caught up, in order, until the writer has exited', async () => {
    const spool = SpoolFile.create()!;
    const git = writer(spool.path);
    let exited = false;
    let exit!: () => void;
    const promise = new Promise<void>((resolve) => (exit = () => resolve(void (exited = true))));
    const chunks: string[] = [];
    const reading = readWhileWriting(spool, { promise, done: () => exited }, (chunk) => {
      chunks.push(chunk.toString());
    });
    await wait(20); // the reader is waiting: nothing written yet
    git.write('first\n');
    await wait(20);
    git.write('second\n');
    git.write('third');
    await wait(20);
    git.write('\n');
    git.close();
    exit();
    await reading;
    spool.close();
    expect(chunks.join('')).toBe('first\nsecond\nthird\n');
    expect(chunks.length).toBeGreaterThanOrEqual(3); // it really read while the writer was writing
  });

  it('has no name from before the writer opens it: only the descriptor reaches it (Linux /proc)', () => {
    const spool = SpoolFile.create();
    if (process.platform !== 'linux') return expect(spool).toBeUndefined(); // a pipe instead
    try {
      expect(spool!.path).toMatch(/^\/proc\/\d+\/fd\/\d+$/);
      const target = readlinkSync(spool!.path);
      expect(target.startsWith(tmpdir())).toBe(true);
      expect(target.endsWith(' (deleted)')).toBe(true);
      expect(existsSync(dirname(target))).toBe(false); // its private directory is gone too
    } finally {
      spool!.close();
    }
  });

  it('reads everything written before the exit, even when the exit is seen first', async () => {
    const spool = SpoolFile.create()!;
    const git = writer(spool.path);
    const big = 'x'.repeat(700_000); // more than one read
    git.write(big);
    git.close();
    const chunks: Buffer[] = [];
    await readWhileWriting(spool, { promise: Promise.resolve(), done: () => true }, (chunk) => chunks.push(Buffer.from(chunk)));
    spool.close();
    expect(Buffer.concat(chunks).toString()).toBe(big);
  });
});

describe('streamGitOutput', () => {
  const cutShort = () => {
    throw new KeyguardError('internal', 'git diff output ended inside a hunk');
  };
  const rejection = (repo: { dir: string }, finish: () => unknown) =>
    streamGitOutput((output) => ['diff', '--cached', ...(output === undefined ? [] : [`--output=${output}`])], {
      cwd: repo.dir,
      onChunk: () => undefined,
      finish,
    }).then(() => undefined, (error: unknown) => error as KeyguardError);

  it('says where git wrote when its output ended too early (git ignores a full disk on --output)', () =>
    withTempRepo(async (repo) => {
      repo.write('a.txt', 'one\n');
      repo.git(['add', 'a.txt']);
      const error = (await rejection(repo, cutShort))!;
      expect(error).toBeInstanceOf(KeyguardError);
      expect(error.message).toBe('git diff output ended inside a hunk');
      expect(error.hint).toContain(tmpdir());
      expect(error.hint).toContain('TMPDIR');
      // Other errors pass as they are.
      const usage = new KeyguardError('usage', 'other');
      expect(await rejection(repo, () => { throw usage; })).toBe(usage);
    }));
});

describe('the temporary file of check-staged', () => {
  function stagedKey() {
    const dir = makeHookRepo();
    write(dir, fakeOpenAiProjectKey());
    return dir;
  }
  function write(dir: string, key: string) {
    const lines = Array.from({ length: 20_000 }, (_, i) => `export const v${i} = ${i};`);
    lines.push(`const key = "${key}";`);
    writeRepoFile(dir, 'src/big.ts', `${lines.join('\n')}\n`);
    gitOk(dir, ['add', '-A']);
  }

  it('leaves nothing behind in TMPDIR, whether the commit is blocked or git fails', () => {
    const dir = stagedKey();
    const tmp = mkdtempSync(join(tmpdir(), 'keyguard-tmp-'));
    trackTempDir(tmp);
    const blocked = runKeyguard(dir, ['check-staged', '--format', 'json'], { TMPDIR: tmp });
    expect(blocked.status).toBe(1);
    expect(JSON.parse(blocked.stdout).findings).toHaveLength(1);
    expect(readdirSync(tmp)).toEqual([]);
    const failed = runKeyguard(dir, ['check-staged'], { TMPDIR: tmp, GIT_INDEX_FILE: join(dir, 'README.md') });
    expect(failed.status).toBe(2);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')('falls back to a pipe when git may not open /proc/<pid>/fd (a sandbox), same findings', () => {
    const dir = stagedKey();
    const bin = mkdtempSync(join(tmpdir(), 'keyguard-noproc-'));
    trackTempDir(bin);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    // What such a git prints (wrapper.c xfopen), for an --output under /proc; anything else runs as usual.
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\nfor arg; do case "$arg" in --output=/proc/*) echo "fatal: could not open '\${arg#--output=}' for writing: Permission denied" >&2; exit 128;; esac; done\nexec "${realGit}" "$@"\n`,
      { mode: 0o755 },
    );
    const r = runKeyguard(dir, ['check-staged', '--format', 'json'], { PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { file: string; line: number }[] };
    expect(report.findings.map((f) => [f.file, f.line])).toEqual([['src/big.ts', 20_001]]);
  });

  it('reads git through a pipe when no temporary file can be made (same findings)', () => {
    const dir = stagedKey();
    const tmp = mkdtempSync(join(tmpdir(), 'keyguard-tmp-'));
    trackTempDir(tmp);
    writeFileSync(join(tmp, 'a-file'), '');
    // Neither can hold a directory, whoever runs the test (root ignores permission bits).
    for (const unusable of [join(tmp, 'missing', 'dir'), join(tmp, 'a-file')]) {
      const r = runKeyguard(dir, ['check-staged', '--format', 'json'], { TMPDIR: unusable });
      expect(r.status).toBe(1);
      const report = JSON.parse(r.stdout) as { findings: { file: string; line: number }[] };
      expect(report.findings.map((f) => [f.file, f.line])).toEqual([['src/big.ts', 20_001]]);
    }
    expect(readdirSync(tmp)).toEqual(['a-file']);
  });
});
