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

/** True when `index` in `text` lies inside a quoted string or a comment begun on the same line. */
export function isQuotedOrCommented(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const prefix = text.slice(lineStart, index);
  // A block-comment continuation (` * …`, JSDoc) or a `#` comment / Markdown heading line.
  if (/^[ \t]*(?:\*|\/\*|#)/.test(prefix)) return true;
  let quote = '';
  // `${…}` in a template literal is code again (`Bearer ${process.env.X}`): the brace depth at each
  // open substitution, so its closing `}` returns into the template.
  const substitutions: number[] = [];
  let depth = 0;
  for (let i = 0; i < prefix.length; i++) {
    const char = prefix[i];
    if (quote !== '') {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
      else if (quote === '`' && char === '$' && prefix[i + 1] === '{') {
        substitutions.push(depth++);
        quote = '';
        i++;
      }
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}') {
      depth--;
      if (depth === substitutions.at(-1)) {
        substitutions.pop();
        quote = '`';
      }
    } else if (char === '/' && prefix[i + 1] === '/') return true;
    else if (char === '/' && prefix[i + 1] === '*') {
      // `/* … */` closed before the position is skipped; left open, the position is inside it.
      const close = prefix.indexOf('*/', i + 2);
      if (close < 0) return true;
      i = close + 1;
    }
  }
  return quote !== '';
}
