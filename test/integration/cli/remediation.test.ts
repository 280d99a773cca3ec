/**
 * The remediation printed by the real pre-commit hook (issue 11 point 4): one order stated once,
 * advice that fits the file kind and what git already ignores, every file in the unstage command,
 * `keyguard scrub` for a key already in HEAD, no borrowed links, and short. Real repos, real commits;
 * assertions on key sentences, not whole-output snapshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { fakeAnthropicKey, fakeAwsAccessKeyId, fakeOpenAiProjectKey, fakeStripeLiveKey } from '../../helpers/fakeKeys.js';
import { git, gitOk } from '../../helpers/runCli.js';

afterEach(removeHookRepos);

/** git runs hooks with their stdout redirected to stderr (githooks(5)): the report is on stderr. */
function commit(dir: string, add: readonly string[] = ['-A']): string {
  gitOk(dir, ['add', ...add]);
  const r = git(dir, ['commit', '-m', 'change']);
  expect(r.status).not.toBe(0);
  return r.stdout + r.stderr;
}

const lineCount = (output: string) => output.trimEnd().split('\n').length;
const count = (output: string, pattern: RegExp) => output.match(pattern)?.length ?? 0;

describe('remediation of a blocked commit', () => {
  it('a staged key in code: taken out first, then rotated new-before-old, the order said once', () => {
    const dir = makeHookRepo();
    const key = fakeOpenAiProjectKey();
    writeRepoFile(dir, 'src/app.ts', `const key = "${key}";\n`);
    const out = commit(dir);
    // Before: "1. Revoke the key now" and "then revoke the old one" in the same block.
    expect(count(out, /revoke/gi)).toBe(1);
    expect(out).toContain('1. Take the key out of the code');
    expect(out).toContain('process.env.OPENAI_API_KEY');
    expect(out).toContain('2. Not committed, so the key never left this machine');
    expect(out).toContain('create a new key, deploy it, then revoke the old one');
    expect(out).not.toContain(key);
    expect(out).toMatch(/sk-proj-\S+…\(164 chars\) {2}sha256:[0-9a-f]{16}/);
    expect(lineCount(out)).toBeLessThanOrEqual(18); // before: 24
  });

  it('a key already in HEAD: revoke first, then the code, then keyguard scrub; never "history is still clean"', () => {
    const dir = makeHookRepo();
    const key = fakeOpenAiProjectKey();
    writeRepoFile(dir, 'old.ts', `const k = "${key}";\n`);
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'leak (bypassed)']);
    writeRepoFile(dir, 'new.ts', `export const k = "${key}";\n`);
    const out = commit(dir, ['new.ts']);
    expect(out).not.toContain('history is still clean');
    expect(out).not.toContain('filter-repo --replace-text <file');
    expect(out).toContain('1. Revoke the key now, then create a new one and deploy it: it is already committed (HEAD: old.ts:1)');
    expect(out).toContain('usage: https://platform.openai.com/usage');
    expect(out).toContain('2. Take the key out of the code');
    expect(out).toContain('3. Remove the committed key from history: npx keyguard scrub --write-replacements');
    expect(count(out, /revoke/gi)).toBe(1);
  });

  it('a staged .env that .gitignore already ignores: unstage it, keep it, no edit-and-add-again, no .gitignore step', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, '.gitignore', '.env\n');
    gitOk(dir, ['add', '.gitignore']);
    gitOk(dir, ['commit', '-q', '-m', 'ignore .env']);
    writeRepoFile(dir, '.env', `OPENAI_API_KEY=${fakeOpenAiProjectKey()}\n`);
    const out = commit(dir, ['-f', '.env']);
    expect(out).not.toContain('edit .env');
    expect(out).not.toContain('git add -- .env');
    expect(out).not.toMatch(/add (these lines )?to \.gitignore/);
    expect(out).toContain('Take the secret file out of this commit; it stays on disk');
    expect(out).toContain('git restore --staged -- .env');
    expect(out).toContain('.gitignore already ignores .env');
    expect(out).not.toContain('process.env');
    expect(out).toContain('- OpenAI (1 key, OPENAI_API_KEY): https://platform.openai.com/api-keys');
  });

  it('the unstage command given for a staged .env works even after the file was edited again (git rm --cached refused)', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, '.env', `OPENAI_API_KEY=${fakeOpenAiProjectKey()}\n`);
    gitOk(dir, ['add', '.env']);
    writeRepoFile(dir, '.env', `OPENAI_API_KEY=${fakeOpenAiProjectKey()}\nDEBUG=1\n`); // edited after git add
    const blocked = git(dir, ['commit', '-m', 'change']);
    expect(blocked.status).toBe(1);
    const out = blocked.stdout + blocked.stderr;
    const advised = /^ +git (restore --staged|rm --cached) -- \.env$/m.exec(out);
    expect(advised).not.toBeNull();
    // Run exactly what was advised: it must succeed, unstage the file and keep it on disk.
    expect(git(dir, [...advised![1]!.split(' '), '--', '.env']).status).toBe(0);
    expect(gitOk(dir, ['diff', '--cached', '--name-only'])).toBe('');
    expect(readFileSync(join(dir, '.env'), 'utf8')).toContain('DEBUG=1');
  });

  it('a staged .env git does not ignore: the .gitignore line is asked for', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, 'web/.env.local', `OPENAI_API_KEY=${fakeOpenAiProjectKey()}\n`);
    const out = commit(dir);
    expect(out).toContain('git restore --staged -- web/.env.local');
    expect(out).toMatch(/add to \.gitignore, then git add \.gitignore:\n\s+\.env\.local\n/);
    expect(out).not.toContain('already ignores');
  });

  it('a .env HEAD already has: revoke first, unstage, then out of history by path; never "nothing has leaked"', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, '.env', `DB_PASSWORD=${['acme', 'billing', 'prod'].join('-')}\n`);
    gitOk(dir, ['add', '.env']);
    gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'env (bypassed)']);
    writeRepoFile(dir, '.env', `DB_PASSWORD=${['acme', 'billing', 'prod'].join('-')}\nDEBUG=1\n`);
    const out = commit(dir);
    expect(out).not.toContain('nothing has leaked');
    expect(out).toContain('1. Revoke every secret in .env now, where it was issued: HEAD already has the file');
    expect(out).toContain('2. Take the secret file out of this commit');
    expect(out).toContain('git rm --cached -- .env');
    expect(out).toContain('3. Take the file out of history: git filter-repo --invert-paths --path .env');
  });

  it('lists every file concerned in the unstage command, shell-quoted', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, 'b.ts', `const a = "${fakeAwsAccessKeyId()}";\n`);
    writeRepoFile(dir, 'my app.ts', `const o = "${fakeOpenAiProjectKey()}";\n`);
    const out = commit(dir);
    expect(out).toContain("git restore --staged -- b.ts 'my app.ts'");
    expect(out).toContain("git add -- b.ts 'my app.ts' and commit again");
  });

  it('a Dockerfile value: Docker advice instead of the Node example, no borrowed revoke link', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, 'Dockerfile', `FROM node:20\nENV STRIPE_SECRET_KEY=${['Zq8vLm2T', 'x9Rk4Wp7Nc3B'].join('')}\n`);
    const out = commit(dir);
    expect(out).toContain('[dockerfile-secret-env]');
    expect(out).not.toContain('cheatsheetseries.owasp.org');
    expect(out).toContain('docker build --secret');
    expect(out).toContain('- Dockerfile (1 key, API_KEY): revoke it where it was issued');
    expect(out).not.toContain('process.env');
  });

  it('four keys of four providers: one block, per provider one line (before: 63 lines)', () => {
    const dir = makeHookRepo();
    const keys = [fakeOpenAiProjectKey(), fakeAwsAccessKeyId(), fakeAnthropicKey(), fakeStripeLiveKey()];
    writeRepoFile(dir, 'src/keys.ts', keys.map((k, i) => `export const k${i} = "${k}";`).join('\n') + '\n');
    const out = commit(dir);
    expect(lineCount(out)).toBeLessThanOrEqual(30);
    expect(count(out, /How to fix it/g)).toBe(1);
    for (const provider of ['OpenAI', 'AWS', 'Anthropic', 'Stripe']) expect(count(out, new RegExp(`^ {5}- ${provider} \\(1 key, `, 'gm'))).toBe(1);
    expect(count(out, /create a new key/g)).toBe(1);
    for (const key of keys) expect(out).not.toContain(key);
  });
});
