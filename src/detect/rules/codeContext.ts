/**
 * Whether a position in source text is code or text about code: inside a string literal or a
 * comment on its line. An SDK names its own options in error messages and docs comments (openai-node
 * src/client.ts: "…you can set the `dangerouslyAllowBrowser` option to `true`, e.g. new OpenAI({ …,
 * dangerouslyAllowBrowser: true })" inside a string), which sets nothing. Reads only the line up to
 * the position, and only for a rule's match (rare), never per line of the text.
 *
 * Line-local by design: a template literal or block comment opened on an earlier line is not seen
 * (a miss here is a warning too many, never a secret let through, as the rules using it only warn).
 */

/**
 * What the reading of one line has established up to `at`. A rule's matches arrive in order, so
 * each call goes on from the previous one's state instead of re-reading its line from the start:
 * a 2 MB minified line of 40,000 `process.env.NEXT_PUBLIC_…` reads took minutes when every match
 * read back to the line's start.
 */
interface LineState {
  text: string;
  at: number;
  /** The open quote character, or '' in code. */
  quote: string;
  /** '//' (to the line's end, also a comment line's head), '/*' (open block comment) or ''. */
  comment: string;
  /** Only blanks so far: a `*`, `/*` or `#` here makes the whole line a comment. */
  head: boolean;
  /**
   * `${…}` in a template literal is code again (`Bearer ${process.env.X}`): the brace depth at each
   * open substitution, so its closing `}` returns into the template.
   */
  substitutions: number[];
  depth: number;
}

let last: LineState | undefined;

/** True when `index` in `text` lies inside a quoted string or a comment begun on the same line. */
export function isQuotedOrCommented(text: string, index: number): boolean {
  const state = resume(text, index);
  read(state, index);
  last = state;
  return state.comment !== '' || state.quote !== '';
}

/** The previous call's state when it is on the same line before `index`, else a fresh one. */
function resume(text: string, index: number): LineState {
  if (last !== undefined && last.text === text && last.at <= index) {
    // Only the gap since the last call is searched for a newline: linear over a line's matches.
    const newline = text.slice(last.at, index).lastIndexOf('\n');
    if (newline < 0) return last;
    return fresh(text, last.at + newline + 1);
  }
  return fresh(text, text.lastIndexOf('\n', index - 1) + 1);
}

function fresh(text: string, lineStart: number): LineState {
  return { text, at: lineStart, quote: '', comment: '', head: true, substitutions: [], depth: 0 };
}

/** Advances `state` over the characters before `index`. */
function read(state: LineState, index: number): void {
  const { text } = state;
  let i = state.at;
  for (; i < index && state.comment !== '//'; i++) {
    const char = text[i]!;
    if (state.head) {
      if (char === ' ' || char === '\t') continue;
      state.head = false;
      // A block-comment continuation (` * …`, JSDoc) or a `#` comment / Markdown heading line.
      if (char === '*' || char === '#' || (char === '/' && text[i + 1] === '*')) {
        state.comment = '//';
        break;
      }
    }
    if (state.comment === '/*') {
      // `/* … */` closed before the position is skipped; left open, the position is inside it.
      if (char === '*' && text[i + 1] === '/') {
        state.comment = '';
        i++;
      }
    } else if (state.quote !== '') {
      if (char === '\\') i++;
      else if (char === state.quote) state.quote = '';
      else if (state.quote === '`' && char === '$' && text[i + 1] === '{') {
        state.substitutions.push(state.depth++);
        state.quote = '';
        i++;
      }
    } else if (char === '"' || char === "'" || char === '`') state.quote = char;
    else if (char === '{') state.depth++;
    else if (char === '}') {
      state.depth--;
      if (state.depth === state.substitutions.at(-1)) {
        state.substitutions.pop();
        state.quote = '`';
      }
    } else if (char === '/' && text[i + 1] === '/') state.comment = '//';
    else if (char === '/' && text[i + 1] === '*') {
      state.comment = '/*';
      i++;
    }
  }
  state.at = Math.max(i, state.at);
}
