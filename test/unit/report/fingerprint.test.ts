import { createHash, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { baselineFingerprints, fingerprint, legacyFingerprint } from '../../../src/report/fingerprint.js';

const randomish = (n: number) => Array.from({ length: n }, (_, i) => 'aZ3_q9Xk'[i % 8]).join('');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A password built from parts at run time, as a person would choose one. */
const password = ['correct', 'horse', 'battery', 'staple'].join('');

describe('fingerprint', () => {
  it('is sha256: plus the hex digest of a random key, never the key', () => {
    const secret = `ghp_${randomish(36)}`;
    expect(fingerprint(secret, { guessable: false })).toBe(`sha256:${sha256(secret)}`);
    expect(fingerprint(secret)).not.toContain(secret.slice(4));
  });

  it('is a salted scrypt hash of a guessable secret: no SHA-256 of it, no unsalted scrypt', () => {
    const fp = fingerprint(password, { guessable: true });
    expect(fp).toMatch(/^scrypt:[0-9a-f]{64}$/);
    expect(fp).not.toContain(sha256(password));
    expect(fp).not.toContain(scryptSync(password, '', 32, { N: 1 << 14, r: 8, p: 1 }).toString('hex'));
    // Stable: the same in every run and clone, so baselines and SARIF alerts keep matching.
    expect(fingerprint(password, { guessable: true })).toBe(fp);
  });

  it('accepts the plain SHA-256 of older baselines only for guessable secrets', () => {
    expect(baselineFingerprints(password, { guessable: true })).toEqual([fingerprint(password, { guessable: true }), `sha256:${sha256(password)}`]);
    expect(baselineFingerprints(password, {})).toEqual([legacyFingerprint(password)]);
  });
});

describe('guessable rules', () => {
  it('every general rule (values people type) and the password rules are guessable', () => {
    for (const rule of builtinRules.filter((r) => r.general === true)) expect(rule.guessable, rule.id).toBe(true);
    for (const id of ['database-connection-url', 'basic-auth-url', 'basic-auth-header', 'odbc-connection-string-password', 'dockerfile-secret-env']) {
      expect(builtinRules.find((r) => r.id === id)?.guessable, id).toBe(true);
    }
  });

  it('rules for random keys with a checked format are not', () => {
    for (const id of ['openai-project-key', 'github-personal-access-token', 'aws-access-key-id', 'private-key']) {
      expect(builtinRules.find((r) => r.id === id)?.guessable, id).not.toBe(true);
    }
  });
});
