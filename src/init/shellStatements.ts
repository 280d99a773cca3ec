/**
 * Just enough of POSIX sh (XCU "Shell Command Language", 2.3 Token Recognition, 2.9 Shell Commands)
 * to find a hook's top-level statements — the line ranges control passes through in order — and
 * which of them may end the script. init uses it to place keyguard's line before anything that
 * could end the hook and to verify the result; it never runs the user's hook (a pre-commit hook
 * may run lint-staged, which rewrites files, or tests, or the network).
 * Anything it does not model (here-documents, unbalanced constructs) is an error: the caller then
 * refuses to edit the file rather than guess.
 */

export interface Statement {
  /** 0-based first and last line of the statement (a compound command spans several). */
  readonly start: number;
  readonly end: number;
  /** It may end the script: exit, exec of a command, return, or trap/eval (whose text may exit). */
  readonly terminates: boolean;
}

export type Parsed = { readonly ok: true; readonly statements: readonly Statement[] } | { readonly ok: false; readonly reason: string };

interface Token { readonly text: string; readonly line: number; readonly op: boolean }

const OPENERS = new Set(['if', 'while', 'until', 'for', '{']);
const CLOSERS: Readonly<Record<string, string>> = { fi: 'if', done: 'loop', '}': '{' };
const LOOPS = new Set(['while', 'until', 'for']);
/** Reserved words after which a command starts. */
const LEADING = new Set(['then', 'do', 'else', 'elif', '!', 'if', 'while', 'until', '{']);
const CONTINUES = new Set(['&&', '||', '|']);
const SEPARATORS = new Set([';', '&', '&&', '||', '|', '\n', '(']);
const ENDING = /\b(?:exit|return)\b/;
/** A redirection word: `>log`, `2>&1`, `<&0`, `>` (2.7 Redirection). */
const REDIRECTION = /^\d*[<>]/;

export function shellStatements(text: string): Parsed {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, reason: tokens };
  return group(tokens);
}

/** Split into words and operators; quoted and substituted text stays inside its word. */
function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let line = 0;
  let word = '';
  let wordLine = 0;
  const flush = () => {
    if (word !== '') tokens.push({ text: word, line: wordLine, op: false });
    word = '';
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '\n') { line++; i += 2; continue; }
    if (c === '#' && word === '') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { flush(); i++; continue; }
    if (c === '\n') { flush(); tokens.push({ text: '\n', line, op: true }); line++; i++; continue; }
    const op = /^(?:<<-?|;;|&&|\|\||[;&|()])/.exec(text.slice(i, i + 3));
    if (op !== null && !text.startsWith('<<<', i)) {
      if (op[0].startsWith('<<')) return `a here-document (<<) at line ${line + 1}`;
      flush();
      tokens.push({ text: op[0], line, op: true });
      i += op[0].length;
      continue;
    }
    if (word === '') wordLine = line;
    const end = quotedEnd(text, i);
    if (end < 0) return `an unterminated quote or substitution at line ${line + 1}`;
    const piece = text.slice(i, end);
    line += piece.split('\n').length - 1;
    word += piece;
    i = end;
  }
  flush();
  return tokens;
}

/** The index after the quoted string, substitution or single character that starts at `i`; -1 when unterminated. */
function quotedEnd(text: string, i: number): number {
  const c = text[i]!;
  if (c === '\\') return Math.min(i + 2, text.length);
  // A redirection operator (>&, <&, >|) stays in its word: "&" and "|" there are not separators.
  if ((c === '<' || c === '>') && /[&|]/.test(text[i + 1] ?? '')) return i + 2;
  if (c === "'") return after(text.indexOf("'", i + 1));
  if (c === '"' || c === '`') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === c) return j + 1;
      else if (c === '"' && text[j] === '$' && text[j + 1] === '(') {
        // "$(dirname -- "$0")": the substitution's own quotes do not end the string.
        const end = quotedEnd(text, j);
        if (end < 0) return -1;
        j = end - 1;
      }
    }
    return -1;
  }
  if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
    const [open, close] = text[i + 1] === '(' ? ['(', ')'] : ['{', '}'];
    let depth = 0;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "'" || text[j] === '"' || text[j] === '`' || text[j] === '\\') {
        const end = quotedEnd(text, j);
        if (end < 0) return -1;
        j = end - 1;
      } else if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) return j + 1;
    }
    return -1;
  }
  return i + 1;
}

const after = (index: number) => (index < 0 ? -1 : index + 1);

/** Group tokens into top-level statements by tracking compound commands (2.9.4) and separators. */
function group(tokens: readonly Token[]): Parsed {
  const statements: Statement[] = [];
  const stack: string[] = [];
  let atCommand = true;
  let start = -1;
  let terminates = false;
  let previous: Token | undefined;
  let caseDepth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (start < 0 && token.text !== '\n') start = token.line;
    if (!token.op && ENDING.test(token.text)) terminates = true;
    if (caseDepth > 0) {
      // case … esac is opaque (its patterns end in ")"): only nesting matters inside it.
      if (!token.op && token.text === 'case') caseDepth++;
      if (!token.op && token.text === 'esac' && --caseDepth === 0) atCommand = false;
      if (!token.op && isTerminatingCommand(token.text, tokens, k)) terminates = true;
    } else if (token.op) {
      const problem = operator(token, tokens[k + 1], previous, stack, atCommand);
      if (problem === 'function') k++;
      else if (problem !== null) return { ok: false, reason: problem };
      atCommand = SEPARATORS.has(token.text) || problem === 'function';
    } else {
      if (atCommand && isTerminatingCommand(token.text, tokens, k)) terminates = true;
      const problem = atCommand ? reservedWord(token, stack) : null;
      if (problem !== null) return { ok: false, reason: problem };
      if (atCommand && token.text === 'case') caseDepth = 1;
      atCommand = atCommand && LEADING.has(token.text);
    }
    const ends = token.text === '\n' && stack.length === 0 && caseDepth === 0 && !(previous !== undefined && CONTINUES.has(previous.text));
    if (ends && start >= 0) {
      statements.push({ start, end: token.line, terminates });
      start = -1;
      terminates = false;
    }
    if (token.text !== '\n' || previous === undefined || !CONTINUES.has(previous.text)) previous = token;
  }
  if (stack.length > 0 || caseDepth > 0) return { ok: false, reason: `"${stack.at(-1) ?? 'case'}" is never closed` };
  if (previous !== undefined && CONTINUES.has(previous.text)) return { ok: false, reason: `the file ends after "${previous.text}"` };
  if (start >= 0) statements.push({ start, end: tokens.at(-1)!.line, terminates });
  return { ok: true, statements };
}

/** `(` `)` as subshell or function definition `name()`; returns 'function' when `()` was consumed. */
function operator(token: Token, next: Token | undefined, previous: Token | undefined, stack: string[], atCommand: boolean): string | null {
  if (token.text === '(') {
    if (!atCommand && next?.text === ')' && previous !== undefined && !previous.op) return 'function';
    if (!atCommand) return `an unexpected "(" at line ${token.line + 1}`;
    stack.push('(');
  } else if (token.text === ')') {
    if (stack.pop() !== '(') return `an unmatched ")" at line ${token.line + 1}`;
  } else if (token.text === ';;') {
    return `";;" outside a case at line ${token.line + 1}`;
  }
  return null;
}

function reservedWord(token: Token, stack: string[]): string | null {
  if (OPENERS.has(token.text)) stack.push(LOOPS.has(token.text) ? 'loop' : token.text);
  const opener = CLOSERS[token.text];
  if (opener !== undefined && stack.pop() !== opener) return `an unmatched "${token.text}" at line ${token.line + 1}`;
  return null;
}

/**
 * `exec` with a command replaces the shell (`exec 2>&1` alone only redirects, 2.14 "exec");
 * `trap` and `eval` take text that may run `exit`, so they count too, conservatively.
 */
function isTerminatingCommand(word: string, tokens: readonly Token[], k: number): boolean {
  if (word === 'trap' || word === 'eval') return true;
  if (word !== 'exec') return false;
  for (let j = k + 1; j < tokens.length && !tokens[j]!.op; j++) {
    const text = tokens[j]!.text;
    if (!REDIRECTION.test(text)) return true;
    if (/[<>&]$/.test(text)) j++; // "> file": the next word is the target, not a command
  }
  return false;
}
