import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/report/colors.js';
import { formatJson } from '../../../src/report/formatJson.js';
import { formatSarif } from '../../../src/report/formatSarif.js';
import { formatText } from '../../../src/report/formatText.js';
import type { ReportFinding, ScanReport } from '../../../src/report/types.js';
import type { VerificationStatus } from '../../../src/verify/types.js';
import { stagedOpenAi } from '../../helpers/reportFindings.js';

/** --verify in the three report formats: the status next to each finding, live keys first. */
const checkedAt = '2026-01-02T03:04:05.000Z';
function finding(file: string, provider: string, status?: VerificationStatus): ReportFinding {
  const base = { ...stagedOpenAi, file, provider, links: { ...stagedOpenAi.links, revokeUrl: `https://${provider.toLowerCase()}.example/keys` } };
  return status === undefined ? base : { ...base, verification: { status, checkedAt, detail: `${provider} said ${status}` } };
}
const report = (findings: readonly ReportFinding[], verified = true): ScanReport => ({
  findings, stats: { files: 1, bytes: 10, binarySkipped: 0, ms: 1 }, notes: [], firstCommit: false, scope: 'working-tree', ...(verified ? { verified } : {}),
});

describe('verification in reports', () => {
  const found = [finding('a.ts', 'Revoked', 'revoked'), finding('b.ts', 'Unknown', 'unknown'), finding('c.ts', 'Live', 'live')];

  it('text: each finding says live, revoked or unknown and why; live keys come first, in the remediation too', () => {
    const text = formatText(report(found), palette(false));
    expect(text).toContain('    live: Live said live\n');
    expect(text).toContain('    revoked: Revoked said revoked\n');
    expect(text).toContain('keyguard: verified with the providers: 1 live (revoke those first), 1 revoked, 1 unknown (docs/verify.md)\n');
    const order = (needle: (name: string) => string) => ['Live', 'Unknown', 'Revoked'].map((name) => text.indexOf(needle(name)));
    const listed = order((name) => `${name} said`);
    expect([...listed].sort((x, y) => x - y)).toEqual(listed);
    const remediation = order((name) => `https://${name.toLowerCase()}.example/keys`);
    expect(remediation.every((i) => i > 0)).toBe(true);
    expect([...remediation].sort((x, y) => x - y)).toEqual(remediation);
  });

  it('text without --verify: no status line, the scan\'s order', () => {
    const text = formatText(report([finding('a.ts', 'A'), finding('b.ts', 'B')], false), palette(false));
    expect(text).not.toMatch(/^ {4}(live|revoked|unknown):/m);
    expect(text).not.toContain('verified with');
    expect(text.indexOf('a.ts')).toBeLessThan(text.indexOf('b.ts'));
  });

  it('JSON: version 3 with a verification object per finding; version 2 and none without --verify', () => {
    const verified = JSON.parse(formatJson(report(found)));
    expect(verified.version).toBe(3);
    expect(verified.findings[0].verification).toEqual({ status: 'revoked', checkedAt, detail: 'Revoked said revoked' });
    const plain = JSON.parse(formatJson(report([finding('a.ts', 'A')], false)));
    expect(plain.version).toBe(2);
    expect(plain.findings[0]).not.toHaveProperty('verification');
  });

  it('SARIF: a verification result property', () => {
    const sarif = JSON.parse(formatSarif(report(found), '0.0.0'));
    expect(sarif.runs[0].results.map((r: { properties?: { verification?: { status: string } } }) => r.properties?.verification?.status)).toEqual(['revoked', 'unknown', 'live']);
  });
});
