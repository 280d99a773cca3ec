/** A run of consecutive lines of a new text that the old text did not have. */
export interface AddedRun {
  /** 1-based line number of the run's first line in the new text. */
  readonly startLine: number;
  /** The lines joined with `\n` (a trailing `\r` of CRLF lines removed, as for git's `+` lines). */
  readonly text: string;
}

/**
 * The lines of `next` that `previous` does not account for, grouped in runs, for content git
 * would not diff as text (attributes, encodings, LFS objects). A line counts as added when `next`
 * holds it more often than `previous` does: linear time, exact line numbers, and a line already
 * in the old content (moved, or unchanged) is never reported as added. A line git's diff would
 * show as moved is not reported here; it was already in the commit's parent.
 */
export function addedLines(previous: string | null, next: string): AddedRun[] {
  const left = new Map<string, number>();
  if (previous !== null) for (const line of linesOf(previous)) left.set(line, (left.get(line) ?? 0) + 1);
  const runs: AddedRun[] = [];
  let run: string[] = [];
  let runStart = 0;
  const lines = linesOf(next);
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const known = line === undefined ? 0 : (left.get(line) ?? 0);
    if (line !== undefined && known === 0) {
      if (run.length === 0) runStart = i + 1;
      run.push(line);
      continue;
    }
    if (line !== undefined) left.set(line, known - 1);
    if (run.length > 0) runs.push({ startLine: runStart, text: run.join('\n') });
    run = [];
  }
  return runs;
}

/** Lines without their `\n`, and without one `\r` before it; no empty line after a final `\n`. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}
