import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { gitOk, runKeyguard } from '../../helpers/runCli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function makeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyguard-baseline-'));
  dirs.push(dir);
  gitOk(dir, ['init', '-q']);
  gitOk(dir, ['config', 'user.name', 'Test']);
  gitOk(dir, ['config', 'user.email', 'test@example.invalid']);
  return dir;
}

describe('keyguard baseline', () => {
  it('accepts existing findings by fingerprint, survives moved lines, still blocks new keys', () => {
    const dir = makeRepo();
    const accepted = fakeOpenAiProjectKey();
    writeFileSync(join(dir, 'legacy.py'), `KEY = "${accepted}"\n`);
    gitOk(dir, ['add', '-A']);
    gitOk(dir, ['commit', '-q', '-m', 'legacy']);

    const run = runKeyguard(dir, ['baseline', '--reason', 'revoked 2026-11, test fixture']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 finding(s) accepted');
    const file = readFileSync(join(dir, '.keyguard-baseline.json'), 'utf8');
    expect(file).not.toContain(accepted);
    const baseline = JSON.parse(file);
    expect(baseline.findings).toEqual([
      { fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), ruleId: 'openai-project-key', file: 'legacy.py', reason: 'revoked 2026-11, test fixture' },
    ]);

    // The same key moved to another line and file: still accepted.
    writeFileSync(join(dir, 'moved.py'), `# moved\n\nKEY = "${accepted}"\n`);
    gitOk(dir, ['add', 'moved.py']);
    const moved = runKeyguard(dir, ['check-staged']);
    expect(moved.status).toBe(0);
    expect(moved.stdout).toContain('accepted by .keyguard-baseline.json');

    // A different key is not.
    writeFileSync(join(dir, 'new.env'), `AWS_ACCESS_KEY_ID=${fakeAwsAccessKeyId()}\n`);
    gitOk(dir, ['add', 'new.env']);
    expect(runKeyguard(dir, ['check-staged']).status).toBe(1);
  });

  it('rejects a corrupt baseline with exit 2 and the file name', () => {
    const dir = makeRepo();
    writeFileSync(join(dir, '.keyguard-baseline.json'), JSON.stringify({ version: 1, findings: [{ fingerprint: 'md5:abc' }] }));
    writeFileSync(join(dir, 'a.txt'), 'x\n');
    gitOk(dir, ['add', 'a.txt']);
    const run = runKeyguard(dir, ['check-staged']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.keyguard-baseline.json');
    expect(run.stderr).toContain('findings[0].fingerprint');
  });
});

describe('keyguard rules', () => {
  it('lists built-in and custom rules, as text and JSON', () => {
    const dir = makeRepo();
    writeFileSync(join(dir, '.keyguardrc.json'), JSON.stringify({
      disabledRules: ['aws-access-key-id', 'secret-file-netrc'],
      rules: [{ id: 'acme-api-key', provider: 'Acme', pattern: 'acme_[a-z0-9]{24}', keywords: ['acme_'], remediation: { revokeUrl: 'https://acme.example/keys' } }],
    }));
    const text = runKeyguard(dir, ['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('openai-project-key');
    expect(text.stdout).toContain('acme-api-key');
    expect(text.stdout).not.toContain('aws-access-key-id');
    // The secret-file checks, which disabledRules takes too.
    expect(text.stdout).toMatch(/^secret-file-env +block +Secret file: file named \.env/m);
    expect(text.stdout).not.toContain('secret-file-netrc');
    const summary = /\n\d+ rules for (\d+) services and general kinds, 7 secret-file checks\.\n$/.exec(text.stdout);
    expect(summary).not.toBeNull();
    const json = JSON.parse(runKeyguard(dir, ['rules', '--format', 'json']).stdout);
    // Services: providers with a revoke page, the custom Acme rule's included; kinds (Private key, JWT…) are not.
    expect(json.services).toBe(Number(summary?.[1]));
    expect(json.services).toBe(new Set(json.rules.filter((r: { revokeUrl: string | null }) => r.revokeUrl !== null).map((r: { provider: string }) => r.provider)).size);
    expect(json.rules.some((r: { provider: string; revokeUrl: string | null }) => r.provider === 'Acme' && r.revokeUrl !== null)).toBe(true);
    expect(json.rules.find((r: { id: string }) => r.id === 'acme-api-key')).toMatchObject({ provider: 'Acme', severity: 'block', kind: 'content', fingerprint: 'scrypt' });
    expect(json.rules.find((r: { id: string }) => r.id === 'openai-project-key')).toMatchObject({ fingerprint: 'sha256' });
    expect(json.rules.find((r: { id: string }) => r.id === 'secret-file-tfstate')).toMatchObject({ kind: 'file', severity: 'block', keywords: [], revokeUrl: null });
    expect(json.rules.some((r: { id: string }) => r.id === 'secret-file-netrc')).toBe(false);
  });

  it('blocks a commit with a key matched by a custom rule', () => {
    const dir = makeRepo();
    writeFileSync(join(dir, '.keyguardrc.json'), JSON.stringify({
      rules: [{ id: 'acme-api-key', provider: 'Acme', pattern: 'acme_[a-z0-9]{24}', keywords: ['acme_'], remediation: { revokeUrl: 'https://acme.example/keys' } }],
    }));
    writeFileSync(join(dir, 'conf.ini'), `token = acme_${'k3y9'.repeat(6)}\n`);
    gitOk(dir, ['add', 'conf.ini']);
    const run = runKeyguard(dir, ['check-staged']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('conf.ini:1:9');
    expect(run.stdout).toContain('https://acme.example/keys');
  });
});
