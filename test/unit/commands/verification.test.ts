import { describe, expect, it } from 'vitest';
import { exitCodeOf, verifying } from '../../../src/commands/verification.js';
import type { ReportFinding } from '../../../src/report/types.js';
import { runVerification } from '../../../src/verify/runVerification.js';
import type { Transport, VerificationStatus } from '../../../src/verify/types.js';
import { stagedOpenAi } from '../../helpers/reportFindings.js';
import { randomFrom } from '../../helpers/fakeKeys.js';

const withStatus = (status: VerificationStatus): ReportFinding => ({ ...stagedOpenAi, verification: { status, checkedAt: '', detail: '' } });
const failOnLive = { verify: true, failOnLive: true };

describe('exit codes with --verify', () => {
  it('are unchanged by --verify alone', () => {
    expect(exitCodeOf([withStatus('live')], 0, { verify: true, failOnLive: false })).toBe(0);
    expect(exitCodeOf([withStatus('revoked')], 1, { verify: true, failOnLive: false })).toBe(1);
    expect(exitCodeOf([withStatus('live')], 1, undefined)).toBe(1);
  });

  it('--fail-on-live: 1 exactly when a key is live, else 0; an error stays 2', () => {
    expect(exitCodeOf([withStatus('revoked'), withStatus('live')], 1, failOnLive)).toBe(1);
    expect(exitCodeOf([withStatus('live')], 0, failOnLive)).toBe(1); // a live warning-level key too
    expect(exitCodeOf([withStatus('revoked'), withStatus('unknown')], 1, failOnLive)).toBe(0);
    expect(exitCodeOf([withStatus('live')], 2, failOnLive)).toBe(2);
    expect(exitCodeOf([withStatus('revoked')], 1, failOnLive, true)).toBe(2); // scan: unreadable files
  });
});

describe('whether a run verifies', () => {
  it('the command line always counts; the config only where the command lets it (scan, scan-history)', () => {
    expect(verifying({ verify: true, failOnLive: false }, {}, false)).toBe(true);
    expect(verifying(undefined, { verify: true }, true)).toBe(true);
    expect(verifying(undefined, { verify: true }, false)).toBe(false);
    expect(verifying({ verify: false, failOnLive: false }, {}, true)).toBe(false);
  });
});

describe('runVerification', () => {
  it('gives every finding a verification; a staged secret file is no key and is not sent', async () => {
    const requests: string[] = [];
    const transport: Transport = async (request) => {
      requests.push(request.host);
      return { status: 401, body: '' };
    };
    const secretFile: ReportFinding = { ...stagedOpenAi, ruleId: 'secret-file-env', file: '.env', fingerprint: 'sha256:file' };
    const secret = `test-${randomFrom('abcdef0123456789', 32)}`;
    const candidate = { fingerprint: stagedOpenAi.fingerprint, ruleId: stagedOpenAi.ruleId, builtIn: true, secret, place: stagedOpenAi.file, line: 3 };
    const verified = await runVerification([stagedOpenAi, secretFile], [candidate], () => 0, transport);
    expect(requests).toEqual(['api.openai.com']);
    expect(verified.map((f) => [f.verification?.status, f.verification?.detail])).toEqual([
      ['revoked', 'api.openai.com rejected the key (HTTP 401)'],
      ['unknown', 'a secret file, not a key: nothing to ask a provider'],
    ]);
  });
});
