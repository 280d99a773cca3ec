/**
 * How many content findings check-staged's text output lists one by one. Every listed password
 * costs its slow fingerprint (report/fingerprint.ts: scrypt, ~50 ms of CPU each), so a staged seed
 * file of 400 users with random passwords kept the hook busy for 11.5 s, to print 1,200 lines
 * nobody reads; 5,000 users would take minutes. The rest are counted, and named by file, in one
 * line that says how to list them all (`--format json`, which fingerprints every one). The exit
 * code does not change: it counts every finding.
 */
export const MAX_LISTED = 20;

export interface Listing<T> {
  readonly listed: T[];
  /** Findings left out of `listed`, by severity, and the files they are in (first seen first). */
  readonly unlisted: { readonly blocking: number; readonly warnings: number; readonly files: readonly string[] };
}

/**
 * The findings to list, in their order: the first blocking one of each rule (so the remediation,
 * built from the listed findings, names every provider to revoke at) and the first warning of
 * each, then more blocking ones, then more warnings, up to `max` — more only when more rules than
 * that matched.
 */
export function listedFindings<T extends { readonly ruleId: string; readonly severity: string; readonly file: string }>(
  findings: readonly T[],
  max: number = MAX_LISTED,
): Listing<T> {
  if (findings.length <= max) return { listed: [...findings], unlisted: { blocking: 0, warnings: 0, files: [] } };
  const chosen = new Set<number>();
  const kinds = new Set<string>();
  for (const severity of ['block', 'warn']) {
    findings.forEach((f, i) => {
      const kind = `${f.severity} ${f.ruleId}`;
      if (f.severity === severity && !kinds.has(kind)) {
        kinds.add(kind);
        chosen.add(i);
      }
    });
  }
  for (const severity of ['block', 'warn']) {
    findings.forEach((f, i) => {
      if (chosen.size < max && f.severity === severity) chosen.add(i);
    });
  }
  const listed: T[] = [];
  const files = new Set<string>();
  let blocking = 0;
  let warnings = 0;
  findings.forEach((f, i) => {
    if (chosen.has(i)) return void listed.push(f);
    files.add(f.file);
    if (f.severity === 'block') blocking += 1;
    else warnings += 1;
  });
  return { listed, unlisted: { blocking, warnings, files: [...files] } };
}
