import pkg from '../../package.json' with { type: 'json' };
import { ExitCode, KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { resolve } from 'node:path';
import { formatJson } from '../report/formatJson.js';
import { formatMarkdown } from '../report/formatMarkdown.js';
import { formatSarif } from '../report/formatSarif.js';
import { markdownText } from '../report/markdownText.js';
import { failOnExit, type FailOn } from '../commands/failOn.js';
import type { CommandIo } from '../commands/types.js';
import { enforceUnscannable } from '../commands/unscannable.js';
import { writeReport } from '../commands/writeReport.js';
import { appendTo, outputLines, writeFileAt } from './actionFiles.js';
import type { ActionMode } from './actionModes.js';
import { scanForMode, type GithubEventEnvironment } from './scanForMode.js';

/** The step outputs keyguard writes to GITHUB_OUTPUT (action.yml exposes each; `exit-code` is its shell's). */
export const STEP_OUTPUTS = ['findings', 'blocking', 'warnings', 'commits', 'sarif'] as const;

export interface ActionOptions {
  readonly mode: ActionMode;
  readonly failOn: FailOn;
  /** Where to write the SARIF log (relative to the working directory); undefined: none. */
  readonly sarif: string | undefined;
  /** Where to write the `--format json` report (merge-reports reads it); undefined: none. One scan, both files. */
  readonly json: string | undefined;
}

/** The GitHub Actions environment the command reads; src/cli.ts takes it from process.env. */
export interface ActionEnvironment extends GithubEventEnvironment {
  /** GITHUB_STEP_SUMMARY: the job summary's markdown file. */
  readonly stepSummary: string | undefined;
  /** GITHUB_OUTPUT: the step's outputs file. */
  readonly output: string | undefined;
}

/**
 * `keyguard github-action`, the entry of action.yml (docs/ci.md): scan what `mode` says, print the
 * text report (the step's log), write the SARIF log, the job summary and the step outputs
 * (findings, blocking, warnings, commits, sarif: the log's absolute path), then exit by
 * `--fail-on`. Everything written carries masked values only. When it cannot scan (a shallow clone, an unknown event) it says so
 * in the summary too and exits 2: the job fails rather than pass unchecked commits.
 */
export async function githubAction(options: ActionOptions, env: ActionEnvironment, io: CommandIo): Promise<number> {
  // A path that cannot be an output is refused before scanning.
  if (options.sarif !== undefined) outputLines({ sarif: resolve(io.cwd, options.sarif) });
  let scanned;
  try {
    scanned = await scanForMode(options.mode, env, io);
  } catch (error) {
    if (env.stepSummary !== undefined) appendTo(env.stepSummary, failureSummary(error));
    throw error;
  }
  const { report } = scanned;
  writeReport(report, 'text', io);
  const sarif = options.sarif === undefined ? undefined : writeFileAt(io.cwd, options.sarif, formatSarif(report, pkg.version));
  // The JSON report feeds merge-reports, which takes it as a whole scan: written only when it is
  // one (no read error, no content left unread under "block"); a missing report fails the merge.
  const incomplete = (report.errors ?? []).length > 0 || (scanned.onUnscannable === 'block' && scanned.unscanned.length > 0);
  if (options.json !== undefined && !incomplete) writeFileAt(io.cwd, options.json, formatJson(report));
  if (env.stepSummary !== undefined) appendTo(env.stepSummary, formatMarkdown(report));
  const blocking = report.findings.filter((f) => f.severity === 'block').length;
  const warnings = report.findings.length - blocking;
  if (env.output !== undefined) {
    const outputs: Partial<Record<(typeof STEP_OUTPUTS)[number], string | number>> = { findings: report.findings.length, blocking, warnings, commits: report.stats.commits ?? 0 };
    if (sarif !== undefined) outputs.sarif = sarif;
    appendTo(env.output, outputLines(outputs));
  }
  // After everything is written, so what was read is reported even when the rest fails closed.
  enforceUnscannable(scanned.unscanned, scanned.onUnscannable);
  for (const error of report.errors ?? []) io.stderr(`keyguard: ${error}\n`);
  if ((report.errors ?? []).length > 0) return ExitCode.error;
  return failOnExit({ blocking, warnings }, options.failOn);
}

/** The job summary of a run that could not scan: keyguard's own message and hint (an unexpected error's only in the log). */
function failureSummary(error: unknown): string {
  if (!(error instanceof KeyguardError)) return `### ${markdownText(messages.actionFailed(messages.SEE_THE_LOG))}\n\n`;
  return `### ${markdownText(messages.actionFailed(error.message))}\n\n${error.hint === undefined ? '' : `${markdownText(error.hint)}\n\n`}`;
}
