/**
 * Issue 10, item 14: every output stays linear in the number of findings. 200,000 findings used to
 * crash (`push(...array)`: "Maximum call stack size exceeded") or never finish (SARIF rules and the
 * remediation grouped findings by copying each group per finding). No timing assertion: the old
 * code fails these by throwing or by running past the test timeout.
 */
import { describe, expect, it } from 'vitest';
import { appendAll, pushToGroup } from '../../../src/collect.js';
import { palette } from '../../../src/report/colors.js';
import { formatJson } from '../../../src/report/formatJson.js';
import { formatSarif } from '../../../src/report/formatSarif.js';
import { formatText } from '../../../src/report/formatText.js';
import type { ReportFinding, ScanReport } from '../../../src/report/types.js';

const COUNT = 200_000;

/** Findings spread over 2,000 files, two providers, some already in HEAD; masked values only. */
function manyFindings(): ReportFinding[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    ruleId: i % 2 === 0 ? 'openai-project-key' : 'aws-access-key-id',
    provider: i % 2 === 0 ? 'OpenAI' : 'AWS',
    description: 'a key',
    severity: 'block' as const,
    file: `src/file${i % 2000}.ts`,
    line: 1 + Math.floor(i / 2000),
    column: 7,
    redacted: 'sk-proj-…(164 chars)',
    fingerprint: `sha256:${i.toString(16).padStart(64, '0')}`,
    links: { revokeUrl: 'https://example.invalid/revoke' },
    inHead: i % 1000 === 0 ? [{ file: `old/file${i}.ts`, line: 1 }] : [],
  }));
}

const report = (scope: ScanReport['scope']): ScanReport => ({
  findings: manyFindings(),
  stats: { files: 2000, bytes: COUNT * 100, binarySkipped: 0, ms: 1 },
  notes: [],
  firstCommit: false,
  scope,
});

describe('200,000 findings', () => {
  it('appendAll and pushToGroup take any number of items', () => {
    const items = Array.from({ length: COUNT }, (_, i) => i);
    expect(appendAll([-1], items)).toHaveLength(COUNT + 1);
    const groups = new Map<number, number[]>();
    for (const item of items) pushToGroup(groups, item % 3, item);
    expect([...groups.values()].map((g) => g.length)).toEqual([66_667, 66_667, 66_666]);
  });

  it.each(['staged', 'working-tree', 'history'] as const)('text report, %s scope', (scope) => {
    const text = formatText(report(scope), palette(false));
    expect(text).toContain('src/file1999.ts');
    expect(text).toContain('- AWS (100000 keys): https://example.invalid/revoke');
  });

  it('JSON and SARIF reports', () => {
    const sameReport = report('staged');
    expect(JSON.parse(formatJson(sameReport)).findings).toHaveLength(COUNT);
    const sarif = JSON.parse(formatSarif(sameReport, '0.0.0'));
    expect(sarif.runs[0].results).toHaveLength(COUNT);
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(2);
  });
});
