import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/report/colors.js';
import { formatText } from '../../../src/report/formatText.js';
import type { ReportFinding, ScanReport } from '../../../src/report/types.js';

const openai: ReportFinding = {
  ruleId: 'openai-project-key', provider: 'OpenAI', description: 'OpenAI project API key', severity: 'block',
  file: 'src/my file.ts', line: 3, column: 17, redacted: 'sk-proj-…(164 chars)', fingerprint: `sha256:${'ab'.repeat(32)}`,
  links: { revokeUrl: 'https://platform.openai.com/api-keys', usageUrl: 'https://platform.openai.com/usage', envVar: 'OPENAI_API_KEY' },
  inHead: [],
};
const aws: ReportFinding = {
  ...openai, ruleId: 'aws-access-key-id', provider: 'AWS', description: 'AWS access key id', file: 'deploy.env', line: 1, column: 19,
  redacted: 'AKIA…(20 chars)', fingerprint: `sha256:${'cd'.repeat(32)}`,
  links: { revokeUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials', envVar: 'AWS_ACCESS_KEY_ID' },
  inHead: [{ file: 'old/deploy.env', line: 4 }],
};
const stats = { files: 2, bytes: 2048, binarySkipped: 0, ms: 12 };
const report = (findings: ReportFinding[], firstCommit = false): ScanReport => ({ findings, stats, notes: [], firstCommit });

describe('formatText', () => {
  it('lists each finding, one remediation block, and per provider only its links and variable', () => {
    const text = formatText(report([openai, aws]), palette(false));
    expect(text).toContain('src/my file.ts:3:17  OpenAI project API key [openai-project-key]');
    expect(text.match(/How to fix it/g)).toHaveLength(1);
    expect(text).toContain('- OpenAI (1 key, OPENAI_API_KEY): https://platform.openai.com/api-keys');
    expect(text).toContain('- AWS (1 key, AWS_ACCESS_KEY_ID): https://console.aws.amazon.com/iam/home#/security_credentials');
    expect(text).toContain('process.env.OPENAI_API_KEY');
    expect(text).toContain("git add -- 'src/my file.ts' deploy.env");
    expect(text).toContain("git restore --staged -- 'src/my file.ts' deploy.env");
    expect(text).toMatch(/keyguard: 2 blocking, 0 warning\(s\); scanned 2 file\(s\), 2\.0 kB in 12 ms\.\n$/);
  });

  it('says when a key is already committed and how to scrub history', () => {
    const text = formatText(report([aws]), palette(false));
    expect(text).toContain('already committed (HEAD: old/deploy.env:4)');
    expect(text).toContain('npx keyguard scrub --write-replacements');
    expect(text).not.toContain('history is still clean');
  });

  it('unstages with git rm --cached before the first commit', () => {
    expect(formatText(report([openai], true), palette(false))).toContain("git rm --cached -- 'src/my file.ts'");
  });

  it('prints warnings without the blocking header or remediation', () => {
    const text = formatText(report([{ ...openai, severity: 'warn' }]), palette(false));
    expect(text).not.toContain('commit blocked');
    expect(text).not.toContain('How to fix it');
    expect(text).toContain('1 warning (not blocking)');
  });

  it('uses colour only when asked', () => {
    expect(formatText(report([openai]), palette(false))).not.toContain('\u001b[');
    expect(formatText(report([openai]), palette(true))).toContain('\u001b[31m');
  });
});

describe('formatText with hostile file names', () => {
  it('escapes control and bidi characters in file names (no terminal injection)', () => {
    const evil = { ...openai, file: 'a\u001b[2J\u001b[0;0Hkeyguard: 0 blocking\n\u202eb.ts', inHead: [{ file: 'x\u0007.ts', line: 1 }] };
    const text = formatText(report([evil]), palette(false));
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text).toContain('a\\u{1b}[2J\\u{1b}[0;0Hkeyguard: 0 blocking\\n\\u{202e}b.ts:3:17');
    expect(text).toContain('x\\u{7}.ts:1');
  });
});
