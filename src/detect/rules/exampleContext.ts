/**
 * Whether a YAML or JSON value sits under an `example`/`examples` key: documentation, as in an
 * OpenAPI document's request and response examples (OpenAPI 3.1 §4.8.21 Example Object, and the
 * `example` field of Media Type and Schema Objects). issue 12 found one blocking in supabase/auth's
 * openapi.yaml (`examples: … value: refresh_token: 4nYU…`). Such values are usually made up, but
 * people also paste a real response there, so the generic rule warns instead of blocking.
 *
 * Reads back from the value's line through the lines of smaller indentation (its parents), within
 * LOOK_BACK characters: only for a generic match that would block (rare), never per line. A diff
 * block holds only added lines: when the parent keys are not among them, the answer is no (the
 * value keeps its blocking severity).
 */

/** OpenAPI's keys, and the `x-` vendor extensions tools use for the same (x-example, x-examples). */
const EXAMPLE_KEY = /^(?:x-)?examples?$/i;
/** A mapping key opening the line, bare or quoted, after a sequence dash: `  - "examples": {`. */
const KEY = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z0-9_$.-]+)["']?[ \t]*:/;
/**
 * How far back the parents are looked for. Bounded: every blocking generic match asks, and a
 * hostile 10 MB line of matches must not make each of them read back to the start of the text.
 */
const LOOK_BACK = 4096;

export function isUnderExampleKey(text: string, index: number): boolean {
  const from = Math.max(0, index - LOOK_BACK);
  const window = text.slice(from, index);
  let lineStart = window.lastIndexOf('\n') + 1;
  // A value line that starts before the window is no indented YAML or JSON line.
  if (lineStart === 0 && from > 0) return false;
  let indent = indentAt(window, lineStart);
  while (lineStart > 0 && indent > 0) {
    const lineEnd = lineStart - 1;
    // lastIndexOf clamps a negative start to 0, where it would find this same newline again: a
    // text opening with a blank line looped here forever.
    lineStart = lineEnd === 0 ? 0 : window.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineStart === 0 && from > 0) return false;
    const line = window.slice(lineStart, lineEnd);
    // Blank and comment lines say nothing about structure.
    if (/^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    const lineIndent = indentAt(window, lineStart);
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

/**
 * Whether the value at `index` is what a `placeholder` attribute or key shows: HTML's
 * `placeholder="…"`, a form definition's `'placeholder' => '…'` (appwrite's function templates: a
 * connection-string hint for a field whose own `value` is empty). Hint text, never a setting.
 */
export function isPlaceholderValue(text: string, index: number): boolean {
  return PLACEHOLDER_KEY.test(text.slice(Math.max(0, index - 200), index));
}

/** `placeholder` as a key or attribute, its operator, an opening quote, right before the value. */
const PLACEHOLDER_KEY = /placeholder\\?["'\]]?[ \t]*(?:=>|=|:)\s{0,64}["'\x60]?$/i;

/**
 * The host of the URL the value at `index` sits in (`https://yourapp.com/landing?token=…`), when
 * the value is part of one: the last `://` before it on its line (within 2,048 characters), with
 * no blank, quote or bracket between. `undefined` when it is not inside a URL. Searches, no
 * backtracking regex: generic matches of a hostile minified line each ask this.
 */
export function urlHostAround(text: string, index: number): string | undefined {
  // Within the window only: a search back through the whole text per match would be quadratic.
  const window = text.slice(Math.max(0, index - 2048), index);
  const at = window.lastIndexOf('://');
  if (at < 1 || window.lastIndexOf('\n') > at || !/[A-Za-z]/.test(window.charAt(at - 1))) return undefined;
  const rest = window.slice(at + 3);
  if (/[\s'"\x60<>]/.test(rest)) return undefined;
  return URL_HOST.exec(rest)?.[1];
}

/** After `://`: optional user info, then the host. */
const URL_HOST = /^(?:[^/?#@]{0,256}@)?([A-Za-z0-9.-]{1,253})/;

/**
 * Ansible modules document themselves in module-level strings (`DOCUMENTATION`, `EXAMPLES`, `RETURN`
 * = a triple-quoted string; the Ansible module format, "Documenting Your Module"), and their
 * EXAMPLES are playbook tasks with made-up credentials (`api_key: …`, `password: …`): 40 blocks in
 * ansible-collections/community.general, issue 12's tenth sweep. Like an OpenAPI example, a value
 * there warns instead of blocking: inside the last such string opened within DOCS_STRING_LOOK_BACK
 * characters before the value, and not closed before it.
 */
const DOCS_STRING_OPEN = /^(?:DOCUMENTATION|EXAMPLES|RETURN)[ \t]*=[ \t]*[rRuU]?("""|''')/gm;
const DOCS_STRING_LOOK_BACK = 65_536;

/** One docs string: where its opening line starts, where its text starts, where its closing quotes start (-1: never closed). */
type DocsString = readonly [start: number, body: number, close: number];

/**
 * The docs strings of the text asked about last, found in one pass: every blocking generic match of
 * a text asks, and reading DOCS_STRING_LOOK_BACK characters back for each made a hostile file of
 * 50,000 keys spend 450 ms of its 1.3 s scan in this check.
 */
let docsStringCache: { text: string; strings: DocsString[] } | undefined;

function docsStringsOf(text: string): DocsString[] {
  if (docsStringCache?.text !== text) {
    const strings: DocsString[] = [];
    DOCS_STRING_OPEN.lastIndex = 0;
    for (let m = DOCS_STRING_OPEN.exec(text); m !== null; m = DOCS_STRING_OPEN.exec(text)) {
      const body = m.index + m[0].length;
      strings.push([m.index, body, text.indexOf(m[1]!, body)]);
    }
    docsStringCache = { text, strings };
  }
  return docsStringCache.strings;
}

export function isInAnsibleDocsString(text: string, index: number): boolean {
  const strings = docsStringsOf(text);
  // The last string whose text starts by the value (binary search: strings come in text order).
  let low = 0;
  let high = strings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (strings[mid]![1] <= index) low = mid + 1;
    else high = mid;
  }
  const opened = strings[low - 1];
  if (opened === undefined || opened[0] < index - DOCS_STRING_LOOK_BACK) return false;
  // Open when its closing quotes do not end before the value.
  return opened[2] < 0 || opened[2] + 3 > index;
}
