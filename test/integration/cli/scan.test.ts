import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { CLI, cleanEnv, copyDist, gitOk, runKeyguard, type RunResult } from '../../helpers/runCli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-scan-')));
  dirs.push(dir);
  return dir;
}

function makeRepo(): string {
  const dir = tempDir();
  gitOk(dir, ['init', '-q', '-b', 'main']);
  gitOk(dir, ['config', 'user.name', 'Test']);
  gitOk(dir, ['config', 'user.email', 'test@example.invalid']);
  gitOk(dir, ['config', 'commit.gpgsign', 'false']);
  write(dir, 'README.md', '# project\n');
  gitOk(dir, ['add', '-A']);
  gitOk(dir, ['commit', '-q', '-m', 'initial']);
  return dir;
}

function write(dir: string, path: string | Buffer, content: string | Buffer): void {
  const full = typeof path === 'string' ? join(dir, path) : Buffer.concat([Buffer.from(`${dir}/`), path]);
  if (typeof path === 'string') mkdirSync(dirname(full as string), { recursive: true });
  writeFileSync(full, content);
}

function runWithStdin(cwd: string, args: readonly string[], input: string | Buffer): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonReport {
  version: number;
  findings: { ruleId: string; provider: string; severity: string; file: string; line: number; column: number; redacted: string; fingerprint: string }[];
  stats: { files: number; bytes: number; binarySkipped: number; ms: number };
}
const json = (r: RunResult) => JSON.parse(r.stdout) as JsonReport;
const files = (r: RunResult) => json(r).findings.map((f) => f.file).sort();

function expectNoSecret(r: RunResult, ...keys: string[]): void {
  for (const key of keys) {
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.stdout + r.stderr).not.toContain(key.slice(10, 30));
  }
}

describe('keyguard scan in a repository', () => {
  it('scans tracked and untracked files, skips gitignored ones unless --no-ignore, and exits 1', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, '.gitignore', 'build/\n*.local\n');
    write(dir, 'src/app.ts', `export const client = new OpenAI({ apiKey: "${key}" });\n`);
    write(dir, 'build/out.js', `var k="${key}";\n`);
    write(dir, 'secrets.local', `OPENAI_API_KEY=${key}\n`);
    gitOk(dir, ['add', '.gitignore']);
    const r = runKeyguard(dir, ['scan', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(files(r)).toEqual(['src/app.ts']);
    const all = runKeyguard(dir, ['scan', '--no-ignore', '--format', 'json']);
    expect(all.status).toBe(1);
    expect(files(all)).toEqual(['build/out.js', 'secrets.local', 'src/app.ts']);
    // An ignored directory named explicitly: nothing listed, and the note says why instead of a silent pass.
    const ignoredDir = runKeyguard(dir, ['scan', 'build']);
    expect(ignoredDir.status).toBe(0);
    expect(ignoredDir.stdout).toContain('nothing to scan in build: every file there is ignored by git (--no-ignore scans them)');
    // An ignored file named explicitly is scanned: the user asked for it.
    expect(files(runKeyguard(dir, ['scan', '--format', 'json', 'secrets.local']))).toEqual(['secrets.local']);
    expectNoSecret(r, key);
    expectNoSecret(all, key);
  });

  it('prints the JSON contract: version, findings with location, mask and fingerprint, stats', () => {
    const dir = makeRepo();
    const key = fakeAwsAccessKeyId();
    write(dir, 'deploy/env.sh', `# deploy\nexport AWS_ACCESS_KEY_ID=${key}\n`);
    const r = runKeyguard(dir, ['scan', '--format', 'json']);
    const report = json(r);
    expect(Object.keys(report)).toEqual(['version', 'findings', 'stats']);
    expect(report.version).toBe(2);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: expect.stringContaining('aws'), severity: 'block', file: 'deploy/env.sh', line: 2, column: 26 });
    expect(Object.keys(report.findings[0]!)).toEqual(['ruleId', 'provider', 'severity', 'file', 'line', 'column', 'redacted', 'fingerprint']);
    expect(report.findings[0]!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(report.stats)).toEqual(['files', 'bytes', 'binarySkipped', 'ms']);
    expect(report.stats.files).toBe(2);
    expectNoSecret(r, key);
  });

  it('exits 0 on a clean tree and reports repo-relative paths from a subdirectory', () => {
    const dir = makeRepo();
    write(dir, 'src/app.ts', 'export const key = process.env.OPENAI_API_KEY;\n');
    const clean = runKeyguard(join(dir, 'src'), ['scan']);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/0 blocking, 0 warning\(s\); scanned 1 file\(s\)/);
    const key = fakeOpenAiProjectKey();
    write(dir, 'src/lib/client.ts', `const k = "${key}";\n`);
    write(dir, 'other/x.ts', `const k = "${key}";\n`);
    const r = runKeyguard(join(dir, 'src'), ['scan', '--format', 'json', '.']);
    expect(files(r)).toEqual(['src/lib/client.ts']);
  });

  it('skips binary files and counts them, and says which in text output', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, 'assets/logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(` ${key} `)]));
    const r = runKeyguard(dir, ['scan', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(json(r).stats.binarySkipped).toBe(1);
    const text = runKeyguard(dir, ['scan']);
    expect(text.stdout).toContain('1 binary file(s) not scanned');
    expect(text.stdout).toContain('assets/logo.png');
  });

  it('says whether a found key is already committed, with history advice', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, 'config.ts', `export const key = "${key}";\n`);
    gitOk(dir, ['add', 'config.ts']);
    gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'oops']);
    write(dir, 'copy.ts', `const again = "${key}";\n`);
    const r = runKeyguard(dir, ['scan']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('secrets found in the working tree');
    expect(r.stdout).toContain('already committed (HEAD: config.ts:1)');
    expect(r.stdout).toContain('npx keyguard scrub --write-replacements');
    expect(r.stdout).not.toContain('git filter-repo --replace-text');
    expect(r.stdout).not.toContain('commit blocked');
    expectNoSecret(r, key);
    const fresh = makeRepo();
    write(fresh, 'new.ts', `const k = "${key}";\n`);
    expect(runKeyguard(fresh, ['scan']).stdout).toContain('Not in the last commit (HEAD)');
  });

  it('handles hostile file names: spaces, quotes, newlines, unicode, globs, a leading dash, non-UTF-8 bytes', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    const names = ['my file.ts', `it's "quoted".ts`, 'new\nline.ts', 'ünïcødé/日本.ts', '*.ts', '-rf.ts', ':(exclude)x.ts'];
    for (const name of names) write(dir, name, `const k = "${key}";\n`);
    write(dir, Buffer.from([0x6c, 0x61, 0x74, 0x69, 0x6e, 0xe9, 0x2e, 0x74, 0x73]), `const k = "${key}";\n`);
    const r = runKeyguard(dir, ['scan', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(files(r)).toEqual([...names, 'latin\uFFFD.ts'].sort());
    // Named one by one: literal, never a glob or pathspec magic, `--` ends the options.
    const one = runKeyguard(dir, ['scan', '--format', 'json', '--', '*.ts', '-rf.ts', ':(exclude)x.ts']);
    expect(files(one)).toEqual(['*.ts', '-rf.ts', ':(exclude)x.ts']);
    expectNoSecret(r, key);
  });

  it('does not follow symbolic links and notes submodules and nested repositories it did not enter', () => {
    const dir = makeRepo();
    const outside = tempDir();
    const key = fakeOpenAiProjectKey();
    write(outside, 'secret.ts', `const k = "${key}";\n`);
    symlinkSync(join(outside, 'secret.ts'), join(dir, 'link.ts'));
    symlinkSync(dir, join(dir, 'loop'));
    const nested = join(dir, 'vendor/lib');
    mkdirSync(nested, { recursive: true });
    gitOk(nested, ['init', '-q']);
    write(nested, 'inner.ts', `const k = "${key}";\n`);
    const r = runKeyguard(dir, ['scan']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 symbolic link(s) not followed: link.ts, loop');
    expect(r.stdout).toContain('not descended into (scan them separately): vendor/lib');
  });

  it('accepts findings in .keyguard-baseline.json and ignores keyguard:allow lines, like check-staged', () => {
    const dir = makeRepo();
    write(dir, 'a.ts', `const k = "${fakeOpenAiProjectKey()}";\n`);
    write(dir, 'b.ts', `// keyguard:allow test fixture\nconst k = "${fakeOpenAiProjectKey()}";\n`);
    gitOk(dir, ['add', 'a.ts']);
    expect(runKeyguard(dir, ['baseline']).status).toBe(0);
    const r = runKeyguard(dir, ['scan']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 finding(s) accepted by .keyguard-baseline.json');
  });

  it('finds a key past the first 8 MB window of a large file, at its real line', () => {
    const dir = makeRepo();
    const line = 'const value = compute(alpha, beta) + 42; // ordinary code\n';
    const count = Math.ceil((9 * 1024 * 1024) / line.length);
    write(dir, 'big.js', `${line.repeat(count)}const k = "${fakeOpenAiProjectKey()}";\n`);
    const r = runKeyguard(dir, ['scan', '--format', 'json']);
    expect(json(r).findings.map((f) => [f.file, f.line])).toEqual([['big.js', count + 1]]);
    expect(json(r).stats.bytes).toBeGreaterThan(9 * 1024 * 1024);
  });

});

describe('keyguard scan: arguments, stdin, outside a repository', () => {
  it('exits 2 naming the missing path, and prints no report', () => {
    const dir = makeRepo();
    const r = runKeyguard(dir, ['scan', 'README.md', 'no/such file']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('No such file or directory: "no/such file"');
    expect(r.stdout).toBe('');
  });

  it('scans standard input with --stdin and names it <stdin>', () => {
    const dir = tempDir();
    const key = fakeOpenAiProjectKey();
    const r = runWithStdin(dir, ['scan', '--stdin', '--format', 'json'], `line one\nOPENAI_API_KEY=${key}\n`);
    expect(r.status).toBe(1);
    expect(json(r).findings.map((f) => [f.file, f.line, f.column])).toEqual([['<stdin>', 2, 16]]);
    expectNoSecret(r, key);
    expect(runWithStdin(dir, ['scan', '--stdin'], 'nothing here\n').status).toBe(0);
    const both = runWithStdin(dir, ['scan', '--stdin', 'x'], '');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('either --stdin or paths');
  });

  it('walks a directory outside any repository: no .git, no symlinks, .gitignore only where git applies it', () => {
    const dir = tempDir();
    const key = fakeOpenAiProjectKey();
    write(dir, 'notes/todo.txt', `key ${key}\n`);
    write(dir, '.gitignore', 'notes/\n');
    write(dir, 'proj/.gitignore', 'dist/\n');
    write(dir, 'proj/dist/bundle.js', `k="${key}"\n`);
    write(dir, 'proj/src/a.ts', `k="${key}"\n`);
    gitOk(join(dir, 'proj'), ['init', '-q']);
    write(dir, '.git/config', `not a repository ${key}\n`);
    symlinkSync(dir, join(dir, 'self'));
    const r = runKeyguard(dir, ['scan', '--format', 'json']);
    expect(r.status).toBe(1);
    // Outside a repository .gitignore means nothing (git does not apply it); inside proj/ it does.
    expect(files(r)).toEqual(['notes/todo.txt', 'proj/src/a.ts']);
    const text = runKeyguard(dir, ['scan']);
    expect(text.stdout).toContain('1 symbolic link(s) not followed: self');
    expect(text.stdout).not.toContain('git filter-repo');
    expectNoSecret(text, key);
  });

  // Root reads any file, so as root the CLI runs as `nobody` (setpriv(1)); outside a repository, as
  // git would refuse a repository owned by another user (safe.directory).
  const asRoot = process.getuid?.() === 0;
  const canDrop = !asRoot || spawnSync('setpriv', ['--version']).status === 0;
  /** dist/ is self-contained (bundled), so a copy runs anywhere. */
  function worldReadableCopyOfCli(): string {
    const copy = tempDir();
    chmodSync(copy, 0o755);
    return copyDist(join(copy, 'dist'), { worldReadable: true });
  }

  it.skipIf(!canDrop)('reports unreadable files and directories on stderr and in the report, and exits 2', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    write(dir, 'ok.ts', 'const a = 1;\n');
    write(dir, 'locked.ts', 'const b = 2;\n');
    write(dir, 'private/inner.ts', 'const c = 3;\n');
    chmodSync(join(dir, 'locked.ts'), 0o000);
    chmodSync(join(dir, 'private'), 0o000);
    const drop = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    // The unprivileged user must be able to read the CLI itself: a CI clone may live under a
    // private directory (mktemp -d is 0700), so run a world-readable copy of the bundle.
    const cli = asRoot ? worldReadableCopyOfCli() : CLI;
    const command = [...drop, process.execPath, cli, 'scan'];
    const r = spawnSync(command[0]!, command.slice(1), { cwd: dir, env: cleanEnv({ HOME: dir }), encoding: 'utf8' });
    chmodSync(join(dir, 'private'), 0o755); // so afterEach can delete it without root
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2 path(s) could not be read, so the scan is incomplete: locked.ts (EACCES), private (EACCES)');
    expect(r.stdout).toContain('error: 2 path(s) could not be read');
    expect(r.stdout).toContain('scanned 1 file(s)');
  });

  it('rejects an unknown format with exit 2', () => {
    const r = runKeyguard(tempDir(), ['scan', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown --format "xml" for scan (text, json or sarif)');
  });
});

describe('--format sarif from the CLI', () => {
  it('scan and check-staged both print SARIF 2.1.0 with encoded URIs and no secret', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, 'src/my file.ts', `const k = "${key}";\n`);
    for (const args of [['scan', '--format', 'sarif'], ['check-staged', '--format', 'sarif']]) {
      if (args[0] === 'check-staged') gitOk(dir, ['add', '-A']);
      const r = runKeyguard(dir, args);
      expect(r.status).toBe(1);
      const log = JSON.parse(r.stdout);
      expect(log.version).toBe('2.1.0');
      const result = log.runs[0].results[0];
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('src/my%20file.ts');
      expect(result.ruleId).toBe('openai-project-key');
      expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('openai-project-key');
      expectNoSecret(r, key);
    }
  });
});
