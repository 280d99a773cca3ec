/**
 * Issue 10, item 10: a password's fingerprint must not be its plain SHA-256 anywhere it is written
 * (text, JSON, SARIF, baseline), since one SHA-256 per guess from a password list recovers it.
 */
import { createHash, randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { git, gitOk, runKeyguard } from '../../helpers/runCli.js';

afterEach(removeHookRepos);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A password as people choose them, built at run time: words and a number. */
const makePassword = () => `${['Correct', 'horse', 'battery', 'staple'].join('')}${randomInt(100, 1000)}`;
const url = (password: string) => `postgres://app:${password}@db-prod-1.acme-corp.io:5432/app`;
/** SARIF's partial fingerprint as keyguard computed it from the plain SHA-256 (formatSarif.ts). */
const oldPartialFingerprint = (file: string, password: string) =>
  sha256(`keyguard/v1\0database-connection-url\0${file}\0sha256:${sha256(password)}`);

describe('fingerprints of passwords', () => {
  it('text, JSON and SARIF of a real check-staged and scan-history hold no plain SHA-256 of a password', () => {
    const dir = makeHookRepo();
    const password = makePassword();
    const digest = sha256(password);
    writeRepoFile(dir, 'config/db.ts', `export const DATABASE_URL = "${url(password)}";\n`);
    gitOk(dir, ['add', '-A']);

    const commit = git(dir, ['commit', '-q', '-m', 'db']);
    expect(commit.status).not.toBe(0);
    expect(commit.stderr + commit.stdout).toContain('database-connection-url');
    // The text report printed 16 hex digits of the SHA-256: enough to confirm a guess.
    expect(commit.stderr + commit.stdout).not.toContain(digest.slice(0, 16));

    const json = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.version).toBe(2);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ ruleId: 'database-connection-url', fingerprint: expect.stringMatching(/^scrypt:[0-9a-f]{64}$/) });
    expect(finding.redacted.slice(0, finding.redacted.indexOf('…')).length).toBeLessThanOrEqual(4);
    for (const out of [json.stdout, runKeyguard(dir, ['check-staged', '--format', 'sarif']).stdout]) {
      expect(out).not.toContain(password);
      expect(out).not.toContain(digest);
      expect(out).not.toContain(oldPartialFingerprint('config/db.ts', password));
    }

    gitOk(dir, ['commit', '-q', '--no-verify', '-m', 'db']);
    const history = runKeyguard(dir, ['scan-history', '--format', 'json']);
    expect(history.status).toBe(1);
    expect(JSON.parse(history.stdout).findings[0].fingerprint).toBe(finding.fingerprint);
    expect(history.stdout).not.toContain(digest);
  });

  it('a baseline an older keyguard wrote (plain SHA-256) still suppresses; keyguard baseline rewrites it', () => {
    const dir = makeHookRepo();
    const password = makePassword();
    const digest = sha256(password);
    writeRepoFile(dir, 'config/db.ts', `export const DATABASE_URL = "${url(password)}";\n`);
    const entry = { fingerprint: `sha256:${digest}`, ruleId: 'database-connection-url', file: 'config/db.ts', reason: 'rotated, test database' };
    writeRepoFile(dir, '.keyguard-baseline.json', `${JSON.stringify({ version: 1, findings: [entry] }, null, 2)}\n`);
    gitOk(dir, ['add', '-A']);
    const accepted = git(dir, ['commit', '-q', '-m', 'db with its baseline']);
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(accepted.stderr + accepted.stdout).toContain('run "keyguard baseline" to rewrite');

    const rewrite = runKeyguard(dir, ['baseline']);
    expect(rewrite.status, rewrite.stderr).toBe(0);
    const file = readFileSync(join(dir, '.keyguard-baseline.json'), 'utf8');
    expect(file).not.toContain(digest);
    expect(JSON.parse(file).findings).toEqual([{ ...entry, fingerprint: expect.stringMatching(/^scrypt:[0-9a-f]{64}$/) }]);

    // The rewritten entry suppresses the same password elsewhere, with no request to rewrite.
    writeFileSync(join(dir, 'copy.ts'), `const url = "${url(password)}";\n`);
    gitOk(dir, ['add', '-A']);
    const again = git(dir, ['commit', '-q', '-m', 'copy']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr + again.stdout).toContain('accepted by .keyguard-baseline.json');
    expect(again.stderr + again.stdout).not.toContain('keyguard baseline');
  });
});
