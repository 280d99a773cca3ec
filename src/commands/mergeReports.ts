import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { formatSummary, type SummaryFormat } from '../merge/formatSummary.js';
import { mergeSummary, type LabelledReport } from '../merge/mergeSummary.js';
import { knownRules } from '../merge/knownRules.js';
import { parseReport, type KnownRule } from '../merge/parseReport.js';
import { failOnExit, type FailOn } from './failOn.js';
import type { CommandIo, OutputFormat } from './types.js';

/**
 * `keyguard merge-reports [NAME=]FILE...`: the org-wide workflow's last job (docs/ci.md). Reads
 * each repository's `--format json` report (scan-history or scan), labelled NAME (default: the
 * file's path), and prints one summary. Exit by `--fail-on` over all of them; a report that cannot
 * be read or is not keyguard's is an error (exit 2) naming the file: a missing repository is no
 * clean repository.
 */
export async function mergeReports(args: readonly string[], format: OutputFormat, failOn: FailOn, io: CommandIo): Promise<number> {
  const reports: LabelledReport[] = [];
  const known = knownRules();
  for (const arg of args) {
    const { name, file } = labelled(arg);
    if (reports.some((r) => r.name === name)) throw new KeyguardError('usage', messages.reportLabelTwice(name));
    reports.push({ name, report: readReport(resolve(io.cwd, file), file, (id) => known.get(id)) });
  }
  const summary = mergeSummary(reports);
  io.stdout(formatSummary(summary, format as SummaryFormat));
  return failOnExit(summary.totals, failOn);
}

/** `NAME=FILE` (split at the first `=`), or a bare FILE named by its path. */
function labelled(arg: string): { name: string; file: string } {
  const at = arg.indexOf('=');
  return at > 0 ? { name: arg.slice(0, at), file: arg.slice(at + 1) } : { name: arg, file: arg };
}

function readReport(path: string, shown: string, known: (ruleId: string) => KnownRule | undefined) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KeyguardError('io', messages.reportUnreadable(shown, (error as NodeJS.ErrnoException).code ?? (error as Error).message), { cause: error });
  }
  const report = parseReport(text, known);
  if (typeof report === 'string') throw new KeyguardError('usage', messages.reportInvalid(shown, report));
  return report;
}
