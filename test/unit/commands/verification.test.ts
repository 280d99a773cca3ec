import { describe, expect, it } from 'vitest';
import { exitCodeOf, verifying, verifyReport } from '../../../src/commands/verification.js';
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

describe('--verify progress', () => {
  const candidate = { fingerprint: 'scrypt:00', ruleId: 'generic-secret-assignment', builtIn: true, secret: randomFrom('abcdef0123456789', 32), place: 'a.txt', line: 1 };
  const report = { findings: [], stats: { files: 1, bytes: 1, binarySkipped: 0, ms: 0 }, notes: [], firstCommit: false };
  const io = (stderrIsTTY: boolean) => {
    const err: string[] = [];
    return { err, io: { cwd: '.', stdout: () => undefined, stderr: (t: string) => void err.push(t), now: () => 0, stdoutIsTTY: false, stderrIsTTY } };
  };

  it('says on a terminal, for a text report, that it asks the providers, then clears the line', async () => {
    const { err, io: tty } = io(true);
    await verifyReport(report, [candidate, { ...candidate }], tty as never, 'text');
    expect(err).toEqual(['keyguard: --verify: asking the providers about 1 key (at most 30 s)…', '\r\u001b[K']);
  });

  it('stays silent for JSON, off a terminal, and when there is nothing to ask', async () => {
    for (const [tty, format, candidates] of [[true, 'json', [candidate]], [false, 'text', [candidate]], [true, 'text', []]] as const) {
      const { err, io: stream } = io(tty);
      await verifyReport(report, candidates, stream as never, format);
      expect(err).toEqual([]);
    }
  });
});
