import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, redact } from '../../../src/report/mask.js';

const randomish = (n: number) => Array.from({ length: n }, (_, i) => 'aZ3_q9Xk'[i % 8]).join('');

describe('redact', () => {
  it('shows at most 8 characters and the length', () => {
    const secret = `sk-proj-${randomish(156)}`;
    expect(redact(secret)).toBe('sk-proj-…(164 chars)');
  });

  it('never shows more than a quarter of a short secret', () => {
    expect(redact('abcdefghijkl')).toBe('abc…(12 chars)');
  });

  it('shows only the first line of a multi-line secret', () => {
    const pem = `-----BEGIN\n${randomish(70)}\n-----END`;
    expect(redact(pem)).toBe(`-----BEG…(${pem.length} chars)`);
    expect(redact(pem)).not.toContain('\n');
  });
});

describe('fingerprint', () => {
  it('is sha256: plus the hex digest of the secret, never the secret', () => {
    const secret = `ghp_${randomish(36)}`;
    const expected = createHash('sha256').update(secret).digest('hex');
    expect(fingerprint(secret)).toBe(`sha256:${expected}`);
    expect(fingerprint(secret)).not.toContain(secret.slice(4));
  });
});
