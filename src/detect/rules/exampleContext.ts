/**
 * Whether a YAML or JSON value sits under an `example`/`examples` key: documentation, as in an
 * OpenAPI document's request and response examples (OpenAPI 3.1 §4.8.21 Example Object, and the
 * `example` field of Media Type and Schema Objects). issue 12 found one blocking in supabase/auth's
 * openapi.yaml (`examples: … value: refresh_token: 4nYU…`). Such values are usually made up, but
 * people also paste a real response there, so the generic rule warns instead of blocking.
 *
 * Reads back from the value's line through the lines of smaller indentation (its parents), at most
 * MAX_LINES of them: only for a generic match that would block (rare), never per line. A diff
 * block holds only added lines: when the parent keys are not among them, the answer is no (the
 * value keeps its blocking severity).
 */

/** OpenAPI's keys, and the `x-` vendor extensions tools use for the same (x-example, x-examples). */
const EXAMPLE_KEY = /^(?:x-)?examples?$/i;
/** A mapping key opening the line, bare or quoted, after a sequence dash: `  - "examples": {`. */
const KEY = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z0-9_$.-]+)["']?[ \t]*:/;
const MAX_LINES = 200;

export function isUnderExampleKey(text: string, index: number): boolean {
  let lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let indent = indentAt(text, lineStart);
  for (let lines = 0; lines < MAX_LINES && lineStart > 0 && indent > 0; lines++) {
    const lineEnd = lineStart - 1;
    lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    // Blank and comment lines say nothing about structure.
    if (/^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    const lineIndent = indentAt(text, lineStart);
    if (lineIndent >= indent) continue;
    indent = lineIndent;
    const key = KEY.exec(line)?.[1];
    if (key !== undefined && EXAMPLE_KEY.test(key)) return true;
  }
  return false;
}

/** Blanks at the start of the line (tabs count as one: YAML forbids them, JSON mixes rarely). */
function indentAt(text: string, lineStart: number): number {
  let at = lineStart;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at - lineStart;
}
