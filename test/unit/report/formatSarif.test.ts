import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { locateFindings } from '../../../src/commands/locateFindings.js';
import { toReportFindings } from '../../../src/commands/toReportFindings.js';
import { NO_ALLOWLIST } from '../../../src/config/defaults.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { FINGERPRINT_KEY, formatSarif, partialFingerprint, toUri } from '../../../src/report/formatSarif.js';
import type { ReportFinding, ScanReport } from '../../../src/report/types.js';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';

/**
 * The official OASIS SARIF 2.1.0 schema (JSON Schema draft-07), vendored byte for byte from
 * https://github.com/oasis-tcs/sarif-spec/blob/3682e9ee648f2f3e11ba1fcd47fc390a0b8f9dab/Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json
 * (112,318 bytes). Draft-07 is ajv's default dialect, so the plain Ajv class compiles it. ajv checks no
 * `format` by itself (ajv-formats is not a dependency) and its strict mode refuses a schema with unknown
 * formats, so the three formats the schema uses are added here: `uri` and `uri-reference` as RFC 3986
 * character checks — that is what catches a file name with a space or `#` that was not percent-encoded —
 * and `date-time` as a parseable timestamp. With them, the schema compiles in strict mode (the default),
 * so `strict: false` is not needed and ajv would still flag a malformed schema.
 */
const schema: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/sarif-schema-2.1.0.json'), 'utf8'));
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
const ajv = new Ajv({ allErrors: true });
ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_CHARS.test(s));
// A relative reference may not have a `:` before its first `/` (it would read as a scheme, RFC 3986 §4.2).
ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s) && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) || !/^[^/?#]*:/.test(s)));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema as object);

const openai: ReportFinding = {
  ruleId: 'openai-project-key', provider: 'OpenAI', description: 'OpenAI project API key', severity: 'block',
  file: 'src/my file #1?.ts', line: 3, column: 17, redacted: 'sk-proj-…(164 chars)', fingerprint: `sha256:${'ab'.repeat(32)}`,
  links: { revokeUrl: 'https://platform.openai.com/api-keys', usageUrl: 'https://platform.openai.com/usage', envVar: 'OPENAI_API_KEY' },
  inHead: [{ file: 'old.ts', line: 9 }],
};
const firebase: ReportFinding = {
  ...openai, ruleId: 'firebase-web-api-key', provider: 'Firebase', description: 'Firebase web API key', severity: 'warn',
  file: 'wéb/ünï cödé:1.ts', line: 1, column: 1, redacted: 'AIza…(39 chars)', fingerprint: `sha256:${'cd'.repeat(32)}`,
  links: { revokeUrl: 'https://console.cloud.google.com/apis/credentials' }, inHead: [],
};
const stats = { files: 2, bytes: 2048, binarySkipped: 1, ms: 12 };
const report = (findings: ReportFinding[], extra: Partial<ScanReport> = {}): ScanReport => ({ findings, stats, notes: [], firstCommit: false, ...extra });
const parse = (r: ScanReport) => JSON.parse(formatSarif(r, '1.2.3')) as { runs: [{ tool: { driver: any }; results: any[]; invocations: any[] }] };

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0 per the OASIS schema, with findings, notes and errors', () => {
    const log = JSON.parse(formatSarif(report([openai, firebase], { notes: ['1 binary file(s) not scanned'], errors: ['1 file(s) could not be read'] }), '1.2.3'));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it('is valid with no findings (an empty results array, as a clean scan must report)', () => {
    const log = parse(report([]));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it('the validator rejects what GitHub would reject (so the tests above can fail)', () => {
    const log = parse(report([openai]));
    const noVersion = { ...log, version: undefined };
    expect(validate(noVersion)).toBe(false);
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'src/my file.ts';
    expect(validate(log)).toBe(false);
  });

  it('describes each rule once, with remediation help, tags and levels; results point at their rule', () => {
    const run = parse(report([openai, firebase, { ...openai, line: 8 }])).runs[0];
    const rules = run.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['firebase-web-api-key', 'openai-project-key']);
    const rule = rules[1];
    expect(rule.name).toBe('OpenaiProjectKey');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rules[0].defaultConfiguration.level).toBe('warning');
    expect(rule.properties.tags).toEqual(['security', 'secret']);
    for (const help of [rule.help.text, rule.help.markdown]) {
      expect(help).toContain('https://platform.openai.com/api-keys');
      expect(help).toContain('https://platform.openai.com/usage');
      expect(help).toContain('OPENAI_API_KEY');
    }
    expect(run.tool.driver).toMatchObject({ name: 'keyguard', version: '1.2.3' });
    for (const result of run.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'error']);
    expect(run.results[0].message.text).toContain('sk-proj-…(164 chars)');
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 17 });
  });

  it('carries the commit of a history finding in the result properties, still schema-valid', () => {
    const inHistory: ReportFinding = { ...openai, commit: 'a'.repeat(40), authorDate: '2024-05-01T10:00:00+02:00', pushed: true };
    const log = parse(report([inHistory, firebase]));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].properties).toEqual({ commit: 'a'.repeat(40), authorDate: '2024-05-01T10:00:00+02:00', pushed: true });
    expect(log.runs[0].results[1].properties).toBeUndefined();
  });

  it('a key in a history message has a logical location (no file), still schema-valid; check-message keeps its file', () => {
    const tag = 'b'.repeat(40);
    const inTag: ReportFinding = { ...openai, file: '', in: 'tag-message', commit: tag, authorDate: '', pushed: false };
    const pending: ReportFinding = { ...openai, file: '.git/COMMIT_EDITMSG', in: 'commit-message' };
    const log = parse(report([inTag, pending]));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results[0].locations[0]).toEqual({
      logicalLocations: [{ name: 'tag-message', fullyQualifiedName: `tag-message/${tag}`, kind: 'object' }],
      message: { text: 'line 3, column 17' },
    });
    expect(log.runs[0].results[0].properties).toMatchObject({ commit: tag, in: 'tag-message' });
    expect(log.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('.git/COMMIT_EDITMSG');
  });

  it('percent-encodes file names into relative URI references', () => {
    expect(toUri('src/my file #1?.ts')).toBe('src/my%20file%20%231%3F.ts');
    expect(toUri('wéb/ünï cödé:1.ts')).toBe('w%C3%A9b/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9%3A1.ts');
    expect(toUri('a:b/c.ts')).toBe('a%3Ab/c.ts');
    expect(toUri('100%.txt')).toBe('100%25.txt');
    expect(toUri('<stdin>')).toBe('%3Cstdin%3E');
    const location = parse(report([firebase])).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'w%C3%A9b/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9%3A1.ts', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(location.uri)).toBe(firebase.file);
  });

  it('partial fingerprints are stable across runs and line moves, distinct per key and per file', () => {
    const fp = (f: ReportFinding) => parse(report([f])).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY] as string;
    expect(fp(openai)).toMatch(/^[0-9a-f]{64}$/);
    expect(fp(openai)).toBe(fp(openai));
    expect(fp({ ...openai, line: 40, column: 2 })).toBe(fp(openai));
    expect(fp({ ...openai, file: 'other.ts' })).not.toBe(fp(openai));
    expect(fp({ ...openai, fingerprint: `sha256:${'ef'.repeat(32)}` })).not.toBe(fp(openai));
    expect(fp(openai)).toBe(partialFingerprint(openai));
    // Not our fingerprint itself: the alert identity does not carry the key's hash verbatim.
    expect(fp(openai)).not.toBe(openai.fingerprint.slice('sha256:'.length));
  });

  it('never contains the secret, end to end from detected keys', async () => {
    const keys = [fakeOpenAiProjectKey(), fakeAwsAccessKeyId()];
    const text = `const openai = "${keys[0]}";\nconst aws = "${keys[1]}";\n`;
    const placed = locateFindings({ path: 'src/config.ts', startLine: 1, text }, builtinRules, NO_ALLOWLIST);
    expect(placed).toHaveLength(2);
    const out = formatSarif(report(await toReportFindings(null, placed, builtinRules)), '1.2.3');
    expect(validate(JSON.parse(out))).toBe(true);
    for (const key of keys) {
      expect(out).not.toContain(key);
      expect(out).not.toContain(key.slice(6, 18));
    }
  });
});
