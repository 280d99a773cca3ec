import { displayPath } from '../report/displayPath.js';
import { markdownText } from '../report/markdownText.js';
import type { OrgSummary } from './mergeSummary.js';

/**
 * merge-reports' output. Text and markdown show the same tables (built once, below) — repositories,
 * findings by rule, then each finding with where it was added and whether it was pushed — and JSON
 * the same data for tools. Only checked fields of the reports appear (parseReport.ts): names,
 * counts, rule ids, provider names, paths, commit ids, masks and fingerprints, never anything else.
 */
export type SummaryFormat = 'text' | 'json' | 'markdown';

/** Bumped when a field's meaning changes. */
export const SUMMARY_JSON_VERSION = 1;

interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function formatSummary(summary: OrgSummary, format: SummaryFormat): string {
  if (format === 'json') return `${JSON.stringify({ version: SUMMARY_JSON_VERSION, ...summary })}\n`;
  const headline = headlineOf(summary);
  const tables = tablesOf(summary).filter((t) => t.rows.length > 0);
  if (format === 'markdown') return `### ${markdownText(headline)}\n\n${tables.map(markdownTable).join('')}`;
  return `${headline}\n${tables.map(textTable).join('')}`;
}

function headlineOf({ totals: t }: OrgSummary): string {
  return `keyguard merge-reports: ${t.repositories} repositories, ${t.findings} finding(s) (${t.blocking} blocking, ${t.warnings} warning(s)), ` +
    `${t.distinctKeys} distinct key(s), ${t.pushed} pushed`;
}

function tablesOf(summary: OrgSummary): Table[] {
  return [
    {
      title: 'Repositories',
      header: ['repository', 'findings', 'blocking', 'warnings', 'pushed', 'commits', 'not scanned'],
      rows: summary.repositories.map((r) => [r.name, ...[r.findings, r.blocking, r.warnings, r.pushed].map(String), r.commits === undefined ? '-' : String(r.commits), String(r.unscanned)]),
    },
    {
      title: 'By rule',
      header: ['rule', 'provider', 'findings', 'blocking', 'repositories'],
      rows: summary.rules.map((r) => [r.ruleId, r.provider, String(r.findings), String(r.blocking), r.repositories.join(', ')]),
    },
    {
      title: 'Findings',
      header: ['repository', 'severity', 'where', 'commit', 'pushed', 'rule', 'masked key', 'fingerprint'],
      rows: summary.findings.map((f) => [
        f.repository, f.severity, f.in === undefined ? `${f.file}:${f.line}` : `${f.in} line ${f.line}`, f.commit?.slice(0, 12) ?? '-',
        f.pushed === undefined ? '-' : f.pushed ? 'yes' : 'no', f.ruleId, f.redacted, f.fingerprint.slice(0, 23),
      ]),
    },
  ];
}

function textTable(table: Table): string {
  const cells = [table.header, ...table.rows].map((row) => row.map(displayPath));
  const widths = table.header.map((_, i) => Math.max(...cells.map((row) => [...row[i]!].length)));
  const lines = cells.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]! + cell.length - [...cell].length))).join('  ')}`.trimEnd());
  return `\n${table.title}:\n${lines.join('\n')}\n`;
}

function markdownTable(table: Table): string {
  const row = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  return `#### ${table.title}\n\n${row(table.header)}\n|${table.header.map(() => ' --- |').join('')}\n${table.rows.map(row).join('\n')}\n\n`;
}
