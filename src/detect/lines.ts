/**
 * Turns string offsets into 1-based line/column without splitting the text: offsets must be asked
 * for in increasing order, and each newline is visited once overall — O(text) for all findings,
 * even on a 10 MB single-line file with many findings.
 */
export class LineLocator {
  private line = 1;
  private lineStart = 0;
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf('\n');
  }

  /** Line and column (UTF-16 code units, as editors count) of `offset`, which must not decrease. */
  locate(offset: number): { line: number; column: number } {
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.line++;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.text.indexOf('\n', this.lineStart);
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}

const ALLOW_MARKER = /keyguard:allow/gi;

/**
 * Lines on which findings are allowed: the line holding a `keyguard:allow` comment (any comment
 * syntax, any reason after it) and the line after it, so the marker can sit above the secret.
 */
export function allowedLines(text: string): Set<number> {
  return linesBelow(text, ALLOW_MARKER, 1);
}

/** The 1-based lines holding a match of the global `marker` and the `below` lines after each. */
export function linesBelow(text: string, marker: RegExp, below: number): Set<number> {
  const lines = new Set<number>();
  const locator = new LineLocator(text);
  marker.lastIndex = 0;
  for (let match = marker.exec(text); match !== null; match = marker.exec(text)) {
    const { line } = locator.locate(match.index);
    for (let next = line; next <= line + below; next++) lines.add(next);
  }
  return lines;
}
