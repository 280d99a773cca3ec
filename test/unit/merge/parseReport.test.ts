import { describe, expect, it } from 'vitest';
import { knownRules } from '../../../src/merge/knownRules.js';
import { parseReport, type ParsedReport } from '../../../src/merge/parseReport.js';

const known = knownRules();
const lookup = (id: string) => known.get(id);
const finding = {
  ruleId: 'openai-project-key', provider: 'OpenAI', severity: 'block', file: 'a.js', line: 1, column: 1,
  redacted: 'sk-proj-ab…(164 chars)', fingerprint: `sha256:${'a'.repeat(64)}`,
};
const report = (findings: object[], version = 2) => JSON.stringify({ version, findings, stats: { files: 1, bytes: 1, binarySkipped: 0, ms: 1 } });

describe('parseReport (merge-reports input, untrusted)', () => {
  it("reads keyguard's findings, secret files included, and takes the provider from keyguard's own rules", () => {
    const file = { ...finding, ruleId: 'secret-file-env', provider: 'whatever', redacted: '(whole file)', fingerprint: `sha256:${'b'.repeat(64)}` };
    const parsed = parseReport(report([finding, file]), lookup);
    expect(typeof parsed).toBe('object');
    expect((parsed as ParsedReport).findings.map((f) => f.provider)).toEqual(['OpenAI', 'Secret file']);
  });

  it('refuses a mask that shows more than keyguard would, for a built-in rule and for a custom one', () => {
    expect(parseReport(report([{ ...finding, redacted: 'sk-proj-abcde…(164 chars)' }]), lookup)).toBe('findings[0]: redacted is not a masked value');
    expect(parseReport(report([{ ...finding, ruleId: 'acme-key', redacted: 'abcd…(30 chars)' }]), lookup)).not.toBeTypeOf('string');
    expect(parseReport(report([{ ...finding, ruleId: 'acme-key', redacted: 'abcde…(30 chars)' }]), lookup)).toBe('findings[0]: redacted is not a masked value');
    expect(parseReport(report([{ ...finding, ruleId: 'secret-file-env', redacted: 'x…(3 chars)' }]), lookup)).toBe('findings[0]: redacted is not a masked value');
  });

  it('names the first field of the wrong shape', () => {
    expect(parseReport('[]', lookup)).toBe('no "version": 1, 2 or 3');
    expect(parseReport(report([finding], 4), lookup)).toBe('no "version": 1, 2 or 3');
    // Version 3 is a --verify report (formatJson.ts): read like 2.
    expect(typeof parseReport(report([finding], 3), lookup)).toBe('object');
    expect(parseReport(JSON.stringify({ version: 2, findings: [], stats: { unscanned: 'none' } }), lookup)).toBe('stats.unscanned is not a list');
    expect(parseReport(report([{ ...finding, ruleId: 'Not An Id' }]), lookup)).toBe('findings[0]: ruleId is not a rule id');
    expect(parseReport(report([{ ...finding, fingerprint: 'sha256:xyz' }]), lookup)).toBe('findings[0]: fingerprint is not a fingerprint');
    expect(parseReport(report([{ ...finding, commit: '--all' }]), lookup)).toBe('findings[0]: commit is not an object id');
    expect(parseReport(report([{ ...finding, line: -1 }]), lookup)).toBe('findings[0]: line is not a line number');
  });
});
