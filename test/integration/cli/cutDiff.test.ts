import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { CLI, git, gitOk, runKeyguard } from '../../helpers/runCli.js';

/**
 * Issue 10, item 2: git ignores write errors on `--output` (`git diff --output=/dev/full` exits 0),
 * so a full TMPDIR under keyguard's spool cuts the diff silently. keyguard must know it read the
 * whole diff, and fail closed (exit 2, naming TMPDIR) otherwise. Two ways to cut: a real tiny tmpfs
 * (needs root), and a `git` on PATH that cuts its --output at exactly chosen places (always runs).
 * Linux only: elsewhere keyguard reads git through a pipe, which nothing cuts silently.
 */
const onLinux = process.platform === 'linux';

afterEach(removeHookRepos);

const keyLine = () => `const key = "${fakeOpenAiProjectKey()}";`;
const numbered = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `export const v${from + i} = ${from + i};`);

/** A modified file with two changes far apart, the key in the second (the end of the last section). */
function changedFileRepo(): string {
  const dir = makeHookRepo();
  writeRepoFile(dir, 'src/config.ts', `${numbered(60).join('\n')}\n`);
  gitOk(dir, ['add', '-A']);
  gitOk(dir, ['commit', '-q', '-m', 'config']);
  const lines = numbered(60);
  lines[1] = 'export const v2 = 22;';
  lines[49] = keyLine();
  writeRepoFile(dir, 'src/config.ts', `${lines.join('\n')}\n`);
  gitOk(dir, ['add', '-A']);
  return dir;
}

/** A change, then a new file holding the key (the last section: names sort). */
function newFileRepo(): string {
  const dir = makeHookRepo();
  writeRepoFile(dir, 'README.md', '# project\nmore\n');
  writeRepoFile(dir, 'zz.env.ts', `${keyLine()}\n`);
  gitOk(dir, ['add', '-A']);
  return dir;
}

describe.skipIf(!onLinux)('a diff cut at a clean place fails closed (a git that cuts its --output)', () => {
  let bin: string;

  /**
   * `git` on PATH: runs the real git; when CUT is set and git was given --output, git writes
   * elsewhere and only the part before the cut reaches keyguard's file (what a full disk leaves).
   */
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), 'keyguard-cutgit-'));
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(
      join(bin, 'git'),
      `#!${process.execPath}
const { spawnSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const args = process.argv.slice(2);
const at = args.findIndex((arg) => arg.startsWith('--output='));
const cut = process.env.KEYGUARD_TEST_CUT;
if (at === -1 || !cut) process.exit(spawnSync(${JSON.stringify(realGit)}, args, { stdio: 'inherit' }).status ?? 2);
const target = args[at].slice('--output='.length);
const whole = ${JSON.stringify(join(bin, 'whole-output'))};
args[at] = '--output=' + whole;
const status = spawnSync(${JSON.stringify(realGit)}, args, { stdio: 'inherit' }).status ?? 2;
const text = readFileSync(whole);
const lastSection = text.lastIndexOf('diff --git ');
// Where the change to line 50 starts: its own hunk header with -U0 alone, a line inside the file's one hunk now.
const change = text.lastIndexOf('\\n-export const v50 = 50;') + 1;
const before = text.lastIndexOf('\\n', change - 2) + 1;
const end = {
  nothing: 0,
  'before the change holding the key': text.subarray(before, change).toString().startsWith('@@ ') ? before : change,
  'after the last header lines': text.indexOf('\\n@@ ', lastSection) + 1,
}[cut];
if (cut === 'before the change holding the key' && change === 0) process.exit(99);
if (!(end >= 0)) process.exit(99);
writeFileSync(target, text.subarray(0, end));
process.exit(status);
`,
    );
    chmodSync(join(bin, 'git'), 0o755);
  });
  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  const cutRun = (dir: string, cut: string) =>
    runKeyguard(dir, ['check-staged'], { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...(cut ? { KEYGUARD_TEST_CUT: cut } : {}) });

  const failsClosed = (run: { status: number | null; stderr: string }) => {
    expect(run.stderr).toContain('TMPDIR');
    expect(run.stderr).toContain('git commit --no-verify');
    expect(run.status).toBe(2);
  };

  it('finds the key when nothing is cut (the stand-in git changes nothing else)', () => {
    for (const dir of [changedFileRepo(), newFileRepo()]) expect(cutRun(dir, '').status).toBe(1);
  });

  it('an empty output while git says changes are staged: never "nothing staged"', () => {
    const run = cutRun(changedFileRepo(), 'nothing');
    expect(run.stderr).toContain('git says changes are staged');
    failsClosed(run);
  });

  it('a changed file cut between two of its changes (once a hunk boundary, now inside its one hunk)', () => {
    const run = cutRun(changedFileRepo(), 'before the change holding the key');
    expect(run.stderr).toContain('ended inside a hunk');
    failsClosed(run);
  });

  it("a section cut after its header lines, before its hunks (a new file's, a changed file's)", () => {
    for (const [dir, path] of [[newFileRepo(), 'zz.env.ts'], [changedFileRepo(), 'src/config.ts']] as const) {
      const run = cutRun(dir, 'after the last header lines');
      expect(run.stderr).toContain(`"${path}" stopped after its header lines`);
      failsClosed(run);
    }
  });

  it('a real git commit of a key is refused when the diff reaches keyguard empty', () => {
    const dir = newFileRepo();
    // git puts its exec-path first on a hook's PATH (git(1) --exec-path): the hook puts the stand-in back in front.
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\nPATH="${bin}${delimiter}$PATH" exec "${process.execPath}" "${CLI}" check-staged\n`);
    const commit = git(dir, ['commit', '-q', '-m', 'key'], { KEYGUARD_TEST_CUT: 'nothing' });
    expect(commit.stderr).toContain('TMPDIR');
    expect(commit.status).not.toBe(0);
    expect(gitOk(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  });
});

/** Mounts a tmpfs of `size` at a fresh directory; the reason when this machine does not allow it. */
function mountTmpfs(size: string): { dir: string } | { reason: string } {
  if (!onLinux) return { reason: 'not Linux' };
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0777`, 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    rmdirSync(dir);
    return { reason: `mount -t tmpfs failed (needs root or CAP_SYS_ADMIN): ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Fills the filesystem at `dir` up to its last byte. */
function fill(dir: string): void {
  const fd = openSync(join(dir, 'fill'), 'w');
  const page = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, page);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
}

function unmount(dir: string): void {
  execFileSync('umount', [dir]);
  rmdirSync(dir);
}

/** Whether this machine lets the test mount (CI containers often do not): probed once, then unmounted. */
const probe = mountTmpfs('64k');
if ('dir' in probe) unmount(probe.dir);
const skipReason = 'reason' in probe ? ` (skipped: ${probe.reason})` : '';

describe.skipIf('reason' in probe)(`TMPDIR on a real, tiny tmpfs${skipReason}`, () => {
  let mount = '';
  beforeAll(() => {
    const tmpfs = mountTmpfs('64k');
    if (!('dir' in tmpfs)) throw new Error(tmpfs.reason);
    mount = tmpfs.dir;
  });
  afterAll(() => unmount(mount));
  afterEach(() => rmSync(join(mount, 'fill'), { force: true }));

  it('full from the first byte: a real git commit of a key is refused, exit 2 naming TMPDIR', () => {
    const dir = newFileRepo();
    fill(mount);
    const commit = git(dir, ['commit', '-q', '-m', 'key'], { TMPDIR: mount });
    expect(commit.stderr).toContain('git says changes are staged');
    expect(commit.stderr).toContain(mount);
    expect(commit.status).not.toBe(0);
    expect(gitOk(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
    const run = runKeyguard(dir, ['check-staged'], { TMPDIR: mount });
    expect(run.status).toBe(2);
    expect(readdirSync(mount)).toEqual(['fill']); // nothing of keyguard's left
  });

  // A regression guard rather than a new case: a disk filling mid-way cuts at a page boundary, inside
  // a line, which the parser caught before too.
  it('full part of the way through a 1 MB diff: exit 2, the key past the cut is not waved through', () => {
    const dir = makeHookRepo();
    mkdirSync(join(dir, 'src'));
    writeRepoFile(dir, 'src/big.ts', `${numbered(30_000).join('\n')}\n${keyLine()}\n`);
    gitOk(dir, ['add', '-A']);
    const run = runKeyguard(dir, ['check-staged'], { TMPDIR: mount });
    expect(run.stderr).toContain(mount);
    expect(run.status).toBe(2);
    expect(readdirSync(mount)).toEqual([]);
  });
});
