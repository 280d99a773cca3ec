import pkg from '../../package.json' with { type: 'json' };
import { palette } from '../report/colors.js';
import { formatJson } from '../report/formatJson.js';
import { formatMarkdown } from '../report/formatMarkdown.js';
import { formatSarif } from '../report/formatSarif.js';
import { formatText } from '../report/formatText.js';
import type { ScanReport } from '../report/types.js';
import type { CommandIo, OutputFormat } from './types.js';

/**
 * Print a report in the chosen format: the one switch every scanning command shares. `quiet` (-q of
 * check-staged, check-files and scan): findings and errors only, no notes and no summary line.
 */
export function writeReport(given: ScanReport, format: OutputFormat, io: CommandIo, options: { quiet?: boolean } = {}): void {
  const report = options.quiet === true ? { ...given, notes: [] } : given;
  if (format === 'json') io.stdout(formatJson(report));
  else if (format === 'sarif') io.stdout(formatSarif(report, pkg.version));
  else if (format === 'markdown') io.stdout(formatMarkdown(report));
  else io.stdout(formatText(report, palette(io.color), { summary: options.quiet !== true }));
}
