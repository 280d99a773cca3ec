/**
 * Hygiene checks (issue 5) through the real hook: real temp repos, real `git commit`s.
 * git runs hooks with their stdout redirected to stderr (githooks(5)): output is stdout + stderr.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { randomFrom } from '../../helpers/fakeKeys.js';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { fakePemBlock, fakeRsaPrivateKeyPem, supabaseDemoJwt } from '../../helpers/fakeKeys.js';
import { git, gitOk } from '../../helpers/runCli.js';

afterEach(removeHookRepos);
const makeRepo = makeHookRepo;
const write = writeRepoFile;

function commit(dir: string, message = 'change'): { status: number | null; output: string } {
  gitOk(dir, ['add', '-A']);
  const r = git(dir, ['commit', '-m', message]);
  return { status: r.status, output: r.stdout + r.stderr };
}

/**
 * A value of no known key format, built at run time (never a literal secret in the repository).
 * Words only, one case: the generic rule (which wants digits or mixed case) never claims it, so
 * the hygiene rules' own findings are what the tests see.
 */
const opaque = () => ['acme', 'billing', 'prod', 'rotated'].join('-');

describe('staged secret files', () => {
  it('blocks a staged .env with the unstage command, the .gitignore line and the .env.example advice', () => {
    const dir = makeRepo();
    write(dir, '.env', `DB_PASSWORD=${opaque()}\n`);
    const { status, output } = commit(dir, 'add env');
    expect(status).not.toBe(0);
    expect(output).toContain('.env:1:1');
    expect(output).toContain('[secret-file-env]');
    expect(output).toContain('git restore --staged -- .env');
    expect(output).toMatch(/add to \.gitignore[^\n]*\n\s+\.env\n/);
    expect(output).toContain('.env.example');
    expect(output).not.toContain(opaque());
  });

  it('uses git rm --cached before the first commit', () => {
    const dir = makeRepo({ empty: true });
    write(dir, 'deploy/id_rsa', 'not really a key\n');
    const { status, output } = commit(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('[secret-file-private-key]');
    expect(output).toContain('git rm --cached -- deploy/id_rsa');
  });

  it('lets .env.example, id_rsa.pub and a clean .npmrc through', () => {
    const dir = makeRepo();
    write(dir, '.env.example', 'OPENAI_API_KEY=\nDB_PASSWORD=\n');
    write(dir, 'keys/id_rsa.pub', 'ssh-ed25519 AAAA test\n');
    write(dir, '.npmrc', 'save-exact=true\n');
    const { status, output } = commit(dir);
    expect(output).not.toContain('secret-file');
    expect(status).toBe(0);
  });

  it('lets the commit that deletes a committed .env through', () => {
    const dir = makeRepo();
    write(dir, '.env', 'DEBUG=1\n');
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'oops']);
    gitOk(dir, ['rm', '-q', '--cached', '.env']);
    const r = git(dir, ['commit', '-m', 'remove env']);
    expect(r.stdout + r.stderr).not.toContain('secret-file');
    expect(r.status).toBe(0);
  });

  it('honours the config: allowlist.paths and disabledRules', () => {
    const dir = makeRepo();
    write(dir, 'keyguard.config.json', JSON.stringify({ allowlist: { paths: ['test/fixtures/**'] }, disabledRules: ['secret-file-tfstate'] }));
    write(dir, 'test/fixtures/.env', 'DEBUG=1\n');
    write(dir, 'infra/terraform.tfstate', '{}\n');
    const { status, output } = commit(dir);
    expect(output).not.toContain('secret-file');
    expect(status).toBe(0);
  });

  it('blocks an .npmrc with an auth token', () => {
    const dir = makeRepo();
    write(dir, '.npmrc', `//registry.npmjs.org/:_authToken=${opaque()}\n`);
    const { status, output } = commit(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('[secret-file-npmrc]');
  });
});

describe('Dockerfile, client-side exposure, SDK constructors', () => {
  it('blocks a Dockerfile ENV with a literal secret and explains image layers and the alternatives', () => {
    const dir = makeRepo();
    write(dir, 'Dockerfile', `FROM node:20\nENV NODE_ENV=production BILLING_API_TOKEN=${opaque()}\nRUN npm ci\n`);
    const { status, output } = commit(dir, 'add image');
    expect(status).not.toBe(0);
    expect(output).toContain('Dockerfile:2:');
    expect(output).toContain('[dockerfile-secret-env]');
    expect(output).toContain('docker history');
    expect(output).toContain('docker run -e');
    expect(output).toContain('env_file');
    expect(output).toContain('RUN --mount=type=secret');
  });

  it('blocks hand-typed passwords and keys whose words once passed for placeholders (issue 10, item 8)', () => {
    const dir = makeRepo();
    const password = ['Pr0d', 'Passw0rd!2024'].join('-');
    const value = ['my', 'super', 'secret', 'value123'].join('');
    write(dir, 'Dockerfile', `FROM node:20\nENV DB_PASSWORD=${password}\nENV OPENAI_API_KEY=${value}\n`);
    const { status, output } = commit(dir, 'add image');
    expect(status).toBe(1);
    expect(output).toContain('Dockerfile:2:');
    expect(output).toContain('Dockerfile:3:');
    expect(output).not.toContain(password);
    expect(output).not.toContain(value);
  });

  it('lets obvious placeholders, the empty value and variable references through', () => {
    const dir = makeRepo();
    const values = ['<db-password>', 'changeme', 'your-api-key-here', 'xxxxxxxx', '***', '...', 'TODO', 'dummy', '""', '$DB_PASSWORD'];
    write(dir, 'Dockerfile', `FROM node:20\n${values.map((v) => `ENV DB_PASSWORD=${v}`).join('\n')}\n`);
    const { status, output } = commit(dir);
    expect(output).not.toContain('dockerfile-secret-env');
    expect(status).toBe(0);
  });

  it('lets a Dockerfile that takes the secret from a build argument through', () => {
    const dir = makeRepo();
    write(dir, 'Dockerfile', 'FROM node:20\nARG BILLING_API_TOKEN\nENV BILLING_API_TOKEN=${BILLING_API_TOKEN}\n');
    const { status, output } = commit(dir);
    expect(output).not.toContain('dockerfile-secret-env');
    expect(status).toBe(0);
  });

  it('warns about NEXT_PUBLIC_ secrets and dangerouslyAllowBrowser but commits', () => {
    const dir = makeRepo();
    write(dir, '.gitignore', '.env*\n!.env.example\n');
    write(dir, 'next.config.js', `module.exports = { env: { NEXT_PUBLIC_ADMIN_SECRET: '${opaque()}' } };\n`);
    write(dir, 'src/chat.ts', `export const client = new OpenAI({ apiKey: key, ${['dangerously', 'AllowBrowser'].join('')}: true });\n`);
    const { status, output } = commit(dir);
    expect(output).toContain('[public-env-secret]');
    expect(output).toContain('[dangerously-allow-browser]');
    expect(output).toContain('2 warning(s)');
    expect(status).toBe(0);
  });

  it('warns about a literal key of no known format in an SDK constructor but commits', () => {
    const dir = makeRepo();
    // A key of a shape no rule knows (DeepSeek style: `sk-` + 32 hex); words (`opaque()`) are no key (issue 12).
    write(dir, 'app.py', `client = Anthropic(api_key="sk-${randomFrom('0123456789abcdef', 32)}")\n`);
    const { status, output } = commit(dir);
    expect(output).toContain('[sdk-hardcoded-key]');
    expect(status).toBe(0);
  });
});

describe('.gitignore guard', () => {
  it('notes unignored .env files on disk without changing the exit code', () => {
    const dir = makeRepo();
    write(dir, 'apps/web/.env.local', 'DEBUG=1\n');
    write(dir, '.env.example', 'DEBUG=\n');
    write(dir, 'src/app.ts', 'export const answer = 42;\n');
    gitOk(dir, ['add', 'src/app.ts']);
    const r = git(dir, ['commit', '-m', 'app']);
    const output = r.stdout + r.stderr;
    expect(output).toMatch(/note: 1 \.env file\(s\) not ignored by git[^\n]*apps\/web\/\.env\.local/);
    expect(output).not.toMatch(/not ignored[^\n]*\.env\.example/);
    expect(r.status).toBe(0);
  });

  it('says nothing once .gitignore covers them', () => {
    const dir = makeRepo();
    write(dir, '.gitignore', '.env*\n!.env.example\n');
    write(dir, '.env', 'DEBUG=1\n');
    write(dir, 'src/app.ts', 'export const answer = 42;\n');
    const { status, output } = commit(dir);
    expect(output).not.toContain('not ignored');
    expect(status).toBe(0);
  });
});

describe('secret files judged by content (issue 12)', () => {
  it('commits a .pem holding only certificates', () => {
    const dir = makeRepo();
    write(dir, 'certs/ca-bundle.pem', `${fakePemBlock('CERTIFICATE')}${fakePemBlock('CERTIFICATE')}`);
    const { status, output } = commit(dir);
    expect(output).not.toContain('secret-file');
    expect(status).toBe(0);
  });

  it('blocks a .pem holding a certificate and a private key', () => {
    const dir = makeRepo();
    write(dir, 'certs/server.pem', `${fakePemBlock('CERTIFICATE')}${fakeRsaPrivateKeyPem()}`);
    const { status, output } = commit(dir);
    expect(status).toBe(1);
    expect(output).toContain('[secret-file-private-key]');
  });

  it('commits a .env.local.example with placeholders', () => {
    const dir = makeRepo();
    write(dir, 'apps/web/.env.local.example', 'OPENAI_API_KEY=your-key-here\nDB_PASSWORD=changeme\nSTRIPE_SECRET_KEY=<stripe secret key>\n');
    const { status, output } = commit(dir);
    expect(output).not.toContain('secret-file');
    expect(status).toBe(0);
  });

  it('warns about a .env.test holding only empty, placeholder and public values, and commits', () => {
    const dir = makeRepo();
    write(dir, '.env.test', `NODE_ENV=test\nAPI_KEY=\nDB_PASSWORD=changeme\nSUPABASE_ANON_KEY=${supabaseDemoJwt('anon')}\n`);
    const { status, output } = commit(dir);
    expect(output).toContain('values look empty, placeholders or public');
    expect(output).toContain('[secret-file-env]');
    expect(status).toBe(0);
  });

  it('blocks a .env.test holding a real-looking secret', () => {
    const dir = makeRepo();
    write(dir, '.env.test', `NODE_ENV=test\nDB_PASSWORD=${opaque()}\n`);
    const { status, output } = commit(dir);
    expect(status).toBe(1);
    expect(output).toContain('[secret-file-env]');
  });
});
