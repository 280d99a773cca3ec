import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHookRepo, removeHookRepos, trackTempDir, writeRepoFile } from '../../helpers/hookRepo.js';
import { fakeAwsAccessKeyId, fakeOpenAiLegacyKey, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { mulberry32 } from '../../helpers/prng.js';
import { git, gitOk, runKeyguard } from '../../helpers/runCli.js';

afterEach(removeHookRepos);
const makeRepo = makeHookRepo;
const write = writeRepoFile;

const head = (dir: string) => git(dir, ['rev-parse', '-q', '--verify', 'HEAD']).stdout.trim();
const stagedNames = (dir: string) => gitOk(dir, ['diff', '--cached', '--name-only', '-z']);

// git runs hooks with their stdout redirected to stderr (githooks(5)), so a commit's
// report is read from stderr; direct runs of the CLI print the report on stdout.
describe('git commit through the installed hook', () => {
  it('refuses a commit with an OpenAI key and leaves HEAD and the index as they were', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, 'src/client.ts', `import OpenAI from "openai";\n\nconst client = new OpenAI({ apiKey: "${key}" });\n`);
    gitOk(dir, ['add', '-A']);
    const before = { head: head(dir), index: stagedNames(dir) };
    const commit = git(dir, ['commit', '-m', 'add client']);
    expect(commit.status).not.toBe(0);
    const output = commit.stdout + commit.stderr;
    expect(output).toContain('src/client.ts:3:');
    expect(output).toContain('https://platform.openai.com/api-keys');
    expect(output).toContain('git restore --staged');
    expect(output).not.toContain(key);
    expect(output).not.toContain(key.slice(20, 60));
    expect({ head: head(dir), index: stagedNames(dir) }).toEqual(before);
  });

  it('lists the first findings of a commit with hundreds of passwords, counts the rest, and still names every provider', () => {
    const dir = makeRepo();
    // A seed file of 300 users with random passwords (each a slow-fingerprinted finding), then a key.
    const next = mulberry32(300);
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    const password = () => Array.from({ length: 24 }, () => alphabet[next() % alphabet.length]).join('');
    const users = Array.from({ length: 300 }, (_, i) => `  {"user": "u${i}", "password": "${password()}"},`);
    const key = fakeOpenAiProjectKey();
    write(dir, 'seed/users.json', `[\n${users.join('\n')}\n  {}\n]\n`);
    write(dir, 'src/late.ts', `export const client = new OpenAI({ apiKey: "${key}" });\n`);
    gitOk(dir, ['add', '-A']);
    const commit = git(dir, ['commit', '-m', 'seed data']);
    expect(commit.status).not.toBe(0);
    const output = commit.stdout + commit.stderr;
    const listed = output.split('\n').filter((line) => /^ {2}\S+:\d+:\d+ {2}/.test(line));
    expect(listed).toHaveLength(20);
    expect(output).toContain('src/late.ts:1:');
    expect(output).toContain('https://platform.openai.com/api-keys');
    const total = /commit blocked, (\d+) secrets/.exec(output)?.[1];
    expect(Number(total)).toBeGreaterThan(250);
    // 20 listed in all: the blocking ones, and the first warning of the rule (a password that looks typed).
    const warningsListed = output.slice(output.indexOf('(not blocking)')).split('\n').filter((line) => /^ {2}\S+:\d+:\d+ {2}/.test(line)).length;
    expect(output).toContain(`${Number(total) - (20 - warningsListed)} more blocking finding(s)`);
    expect(output).toContain('not listed (in seed/users.json): the same command with --format json lists them all.');
    // JSON lists (and fingerprints) every one.
    const json = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(json.status).toBe(1);
    const findings = (JSON.parse(json.stdout) as { findings: { severity: string }[] }).findings;
    expect(findings.filter((f) => f.severity === 'block')).toHaveLength(Number(total));
    expect(findings.length).toBe(Number(total) + Number(/(\d+) warnings? \(not blocking\)/.exec(output)?.[1]));
  });

  it('finds every key of a large file at its line (long runs are scanned in pieces)', () => {
    const dir = makeRepo();
    const keys = [fakeOpenAiProjectKey(), fakeAwsAccessKeyId(), fakeOpenAiLegacyKey(), fakeOpenAiProjectKey()];
    // ~400 kB: keys near the start, around the 64 kB piece size, in the middle and on the last line.
    const lines = Array.from({ length: 8000 }, (_, i) => `export const value${i} = compute(${i}, "${'abc'.repeat(i % 9)}");`);
    const at = [3, 1310, 4000, 8000];
    at.forEach((line, i) => lines.splice(line - 1, 1, `const key${i} = "${keys[i]}";`));
    write(dir, 'src/big.ts', `${lines.join('\n')}\n`);
    gitOk(dir, ['add', '-A']);
    const r = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { file: string; line: number; column: number }[] };
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual(at.map((line) => ['src/big.ts', line, 15]));
  });

  it('prints no library debug output, even with DEBUG set (it would show staged content)', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, 'app.env', `OPENAI_API_KEY=${key}\n`);
    gitOk(dir, ['add', '-A']);
    const plain = runKeyguard(dir, ['check-staged']);
    const debug = runKeyguard(dir, ['check-staged'], { DEBUG: '*', DEBUG_COLORS: '0' });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toBe(plain.stderr);
    expect(debug.stdout.replace(/\d+ ms/g, '')).toBe(plain.stdout.replace(/\d+ ms/g, ''));
    expect(debug.stdout + debug.stderr).not.toContain(key.slice(12, 40));
  });

  it('lets a clean commit through', () => {
    const dir = makeRepo();
    write(dir, 'src/app.ts', 'export const answer = 42;\nconst key = process.env.OPENAI_API_KEY;\n');
    gitOk(dir, ['add', '-A']);
    expect(git(dir, ['commit', '-q', '-m', 'clean']).status).toBe(0);
  });

  it('checks the first commit (unborn HEAD)', () => {
    const dir = makeRepo({ empty: true });
    write(dir, '.env', `OPENAI_API_KEY=${fakeOpenAiLegacyKey()}\n`);
    gitOk(dir, ['add', '-A']);
    const commit = git(dir, ['commit', '-m', 'first']);
    expect(commit.status).toBe(1);
    expect(commit.stderr).toContain('.env:1:16');
    expect(commit.stderr).toContain('git rm --cached -- .env');
    expect(head(dir)).toBe('');
  });

  it('checks `git commit -a` (git hands the hook a temporary index)', () => {
    const dir = makeRepo();
    write(dir, 'config.yml', 'name: demo\n');
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '-m', 'config']);
    write(dir, 'config.yml', `name: demo\naws_access_key_id: ${fakeAwsAccessKeyId()}\n`);
    const commit = git(dir, ['commit', '-a', '-m', 'oops']);
    expect(commit.status).toBe(1);
    expect(commit.stderr).toContain('config.yml:2:20');
  });

  it('checks `git commit <path>` (only that path, from a temporary index)', () => {
    const dir = makeRepo();
    write(dir, 'a.txt', 'a\n');
    write(dir, 'b.txt', 'b\n');
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '-m', 'ab']);
    write(dir, 'a.txt', `a\n${fakeOpenAiProjectKey()}\n`);
    write(dir, 'b.txt', 'b\nmore\n');
    expect(git(dir, ['commit', '-m', 'b only', '--', 'b.txt']).status).toBe(0);
    const commit = git(dir, ['commit', '-m', 'a', '--', 'a.txt']);
    expect(commit.status).toBe(1);
    expect(commit.stderr).toContain('a.txt:2:1');
  });

  it('counts only staged hunks with partial staging', () => {
    const dir = makeRepo();
    write(dir, 'app.py', 'import os\n');
    gitOk(dir, ['add', 'app.py']);
    // Staged: a clean line. Working tree (not staged): a key. The commit records the index.
    write(dir, 'app.py', `import os\nKEY = "${fakeOpenAiProjectKey()}"\n`);
    expect(runKeyguard(dir, ['check-staged']).status).toBe(0);
    expect(git(dir, ['commit', '-q', '-m', 'clean part']).status).toBe(0);
  });

  it('reports a key that is staged but already deleted from the working tree', () => {
    const dir = makeRepo();
    write(dir, 'secrets.env', `TOKEN=${fakeOpenAiProjectKey()}\n`);
    gitOk(dir, ['add', 'secrets.env']);
    unlinkSync(join(dir, 'secrets.env'));
    const run = runKeyguard(dir, ['check-staged']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('secrets.env:1:7');
  });

  it('is not fooled by hostile git config', () => {
    const dir = makeRepo();
    const hostile = [
      ['color.diff', 'always'], ['color.ui', 'always'], ['diff.noprefix', 'true'], ['diff.mnemonicPrefix', 'true'],
      ['diff.external', 'false'], ['diff.renames', 'copies'], ['core.quotepath', 'true'], ['diff.relative', 'true'],
      ['diff.context', '7'], ['diff.interHunkContext', '9'], ['diff.submodule', 'log'],
    ];
    for (const [key, value] of hostile) gitOk(dir, ['config', key!, value!]);
    write(dir, 'sub/dir/naïve "file" name.ts', `// keys\nconst k = '${fakeOpenAiProjectKey()}';\n`);
    gitOk(dir, ['add', '-A']);
    const run = runKeyguard(join(dir, 'sub'), ['check-staged', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ file: 'sub/dir/naïve "file" name.ts', line: 2, column: 12 });
  });

  it('handles a file name with a newline and a leading dash', () => {
    const dir = makeRepo();
    write(dir, '-rf\nx.txt', `${fakeAwsAccessKeyId()}\n`);
    gitOk(dir, ['add', '-A']);
    const report = JSON.parse(runKeyguard(dir, ['check-staged', '--format', 'json']).stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['-rf\nx.txt']);
  });

  it('skips and counts binary files, and still scans text next to them', () => {
    const dir = makeRepo();
    write(dir, 'image.bin', Buffer.concat([Buffer.from([0, 1, 2, 0, 255]), Buffer.from(fakeOpenAiProjectKey())]));
    write(dir, 'notes.txt', 'nothing to see\n');
    gitOk(dir, ['add', '-A']);
    const run = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).stats).toMatchObject({ binarySkipped: 1, files: 1 });
  });

  it('says when the key is already committed in HEAD', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, 'old.ts', `const k = "${key}";\n`);
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'leak (bypassed)']);
    write(dir, 'new.ts', `export const k = "${key}";\n`);
    gitOk(dir, ['add', 'new.ts']);
    const run = runKeyguard(dir, ['check-staged']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('already committed (HEAD: old.ts:1)');
    expect(run.stdout).toContain('npx keyguard scrub --write-replacements');
  });

  it('does not block placeholders', () => {
    const dir = makeRepo();
    write(dir, '.env.example', ['OPENAI_API_KEY=sk-...', 'OPENAI_API_KEY=sk-proj-your-key-here', 'KEY=${OPENAI_API_KEY}', ''].join('\n'));
    gitOk(dir, ['add', '-A']);
    expect(git(dir, ['commit', '-q', '-m', 'example env']).status).toBe(0);
  });
});

describe('keyguard check-staged contract', () => {
  it('prints one JSON object with the documented shape', () => {
    const dir = makeRepo();
    const key = fakeOpenAiProjectKey();
    write(dir, 'a.json', `{\n  "key": "${key}"\n}\n`);
    gitOk(dir, ['add', '-A']);
    const run = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'findings', 'stats']);
    expect(report.version).toBe(2);
    expect(Object.keys(report.findings[0])).toEqual(['ruleId', 'provider', 'severity', 'file', 'line', 'column', 'redacted', 'fingerprint']);
    expect(report.findings[0]).toMatchObject({ provider: 'OpenAI', severity: 'block', file: 'a.json', line: 2, column: 11 });
    expect(report.findings[0].fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(report.stats)).toEqual(['files', 'bytes', 'binarySkipped', 'ms']);
    expect(run.stdout).not.toContain(key);
  });

  it('exits 2 outside a git repository, saying why and how to bypass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyguard-norepo-'));
    trackTempDir(dir);
    const run = runKeyguard(dir, ['check-staged'], { GIT_CEILING_DIRECTORIES: tmpdir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a git repository/i);
    expect(run.stderr).toContain('--no-verify');
  });

  it('fails closed (exit 2) when git cannot read the index', () => {
    const dir = makeRepo();
    write(dir, 'a.txt', 'x\n');
    gitOk(dir, ['add', 'a.txt']);
    writeFileSync(join(dir, '.git', 'index'), 'DIRC-not-really-an-index');
    const run = runKeyguard(dir, ['check-staged']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/index/i);
    expect(run.stderr).toContain('git commit --no-verify');
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an invalid config, naming the file and key', () => {
    const dir = makeRepo();
    write(dir, 'keyguard.config.json', JSON.stringify({ allowlist: { paths: 'src' } }));
    write(dir, 'a.txt', 'x\n');
    gitOk(dir, ['add', 'a.txt']);
    const commit = git(dir, ['commit', '-m', 'x']);
    expect(commit.status).not.toBe(0);
    expect(commit.stderr).toContain('keyguard.config.json');
    expect(commit.stderr).toContain('allowlist.paths');
  });

  it('exits 2 on a usage error', () => {
    const dir = makeRepo();
    expect(runKeyguard(dir, ['check-staged', '--format', 'xml']).status).toBe(2);
    expect(runKeyguard(dir, ['frobnicate']).status).toBe(2);
  });

  it('honours the path allowlist and keyguard:allow comments', () => {
    const dir = makeRepo();
    write(dir, 'keyguard.config.json', JSON.stringify({ allowlist: { paths: ['fixtures/**'] } }));
    write(dir, 'fixtures/key.txt', `${fakeOpenAiProjectKey()}\n`);
    write(dir, 'src/a.ts', `// keyguard:allow test fixture\nconst k = "${fakeOpenAiProjectKey()}";\n`);
    gitOk(dir, ['add', '-A']);
    const run = runKeyguard(dir, ['check-staged']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('skipped by the allowlist');
  });
});
