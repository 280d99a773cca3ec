/**
 * Each file with findings, in order of first appearance, and its findings' distinct line numbers
 * (`"3, 7"`), for the "edit <file> (line …)" steps. One pass: filtering the findings once per file
 * was quadratic for a report with many files and many findings (issue 10, item 14).
 */
export function linesByFile(findings: readonly { readonly file: string; readonly line: number }[]): Map<string, string> {
  const lines = new Map<string, Set<number>>();
  for (const f of findings) {
    const seen = lines.get(f.file);
    if (seen === undefined) lines.set(f.file, new Set([f.line]));
    else seen.add(f.line);
  }
  return new Map([...lines].map(([file, seen]) => [file, [...seen].join(', ')]));
}
