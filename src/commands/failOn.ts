import { ExitCode } from '../errors.js';

/**
 * `--fail-on` of github-action and merge-reports: which findings make the run exit 1. `block`
 * (the default): blocking findings, as every other command; `warn`: warnings too; `never`: none
 * (report only). Errors still exit 2 whatever it says: a scan that could not run is no clean result.
 */
export const FAIL_ON = ['block', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function failOnExit(counts: { readonly blocking: number; readonly warnings: number }, failOn: FailOn): number {
  if (failOn === 'never') return ExitCode.ok;
  const failing = failOn === 'warn' ? counts.blocking + counts.warnings : counts.blocking;
  return failing > 0 ? ExitCode.blocked : ExitCode.ok;
}
