/**
 * Issue 12, point 2 (p2's cases) through the real hook: a private key written as code literals or
 * as a bare base64 body blocks; a read of a secret-named public variable and a user-equals-password
 * URL on a routable host warn and commit; placeholders people type commit silently.
 * git runs hooks with their stdout redirected to stderr (githooks(5)): output is stdout + stderr.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { git, gitOk } from '../../helpers/runCli.js';

afterEach(removeHookRepos);

function commit(dir: string): { status: number | null; output: string } {
  gitOk(dir, ['add', '-A']);
  const r = git(dir, ['commit', '-m', 'change']);
  return { status: r.status, output: r.stdout + r.stderr };
}

/** A throwaway RSA key generated now, as PEM lines and as bare base64 DER (PKCS#8). */
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
const pemLines = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trimEnd().split('\n');
const bareBody = (privateKey.export({ type: 'pkcs8', format: 'der' }) as Buffer).toString('base64');

describe('private keys as code writes them (issue 12)', () => {
  it('blocks a PEM key written as C adjacent string literals', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, 'src/tls.c', `static const char *key =\n${pemLines.map((line) => `  "${line}\\n"`).join('\n')};\n`);
    const { status, output } = commit(dir);
    expect(output).toContain('[private-key]');
    expect(output).not.toContain(pemLines[3]);
    expect(status).toBe(1);
  });

  it('blocks a bare base64 PKCS#8 body assigned in Java, and never prints it', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, 'src/main/java/Config.java', `class Config {\n  static final String PRIVATE_KEY = "${bareBody}";\n}\n`);
    const { status, output } = commit(dir);
    expect(output).toContain('[private-key-der-body]');
    expect(output).not.toContain(bareBody.slice(8, 40));
    expect(status).toBe(1);
  });
});

describe('warnings that commit (issue 12)', () => {
  it('warns where code reads a secret-named NEXT_PUBLIC_ variable, and where a URL password is the user name on a routable host', () => {
    const dir = makeHookRepo();
    writeRepoFile(dir, 'app/chat/page.tsx', 'const client = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY });\n');
    writeRepoFile(dir, 'config/db.yml', `url: postgres://admin:${'admin'}@db.prod.acme-corp.io:5432/app\n`);
    const { status, output } = commit(dir);
    expect(output).toContain('[public-env-secret-read]');
    expect(output).toContain('[database-connection-url]');
    expect(output).toContain('2 warning(s)');
    expect(status).toBe(0);
  });

  it('commits placeholders silently: alternating-case runs, other languages, a repeated JWT signature', () => {
    const dir = makeHookRepo();
    const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const jwt = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment({ sub: 'user_42' })}.${'abc123'.repeat(7)}a`;
    writeRepoFile(
      dir,
      'src/settings.ts',
      [
        'const apiKey = "aBcDeFgHiJkLmNoPqRsTuVwXyZ19";',
        'const databaseUrl = "postgres://app:sua_senha@db.acme-corp.io/app";',
        'const other = "mysql://root:tu_contrasena@db.acme-corp.io/app";',
        `const token = "${jwt}";`,
        '',
      ].join('\n'),
    );
    writeRepoFile(dir, 'Dockerfile', 'FROM node:20\nENV DB_PASSWORD=dein_passwort_hier\n');
    const { status, output } = commit(dir);
    expect(output).not.toMatch(/\[[a-z-]+\]/);
    expect(status).toBe(0);
  });
});
