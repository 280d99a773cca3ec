/**
 * Pure planning of one hook file for `keyguard init` (husky's `.husky/<hook>` or a script in a
 * `core.hooksPath` directory): where keyguard's block goes so that it runs on every path through
 * the file, and the static check that it does. Returns the new text, null when nothing needs to
 * change, or why the file cannot be edited safely (init then leaves it alone and exits 2).
 */
import { commandOf, hookScript, legacyHookLine, type HookTarget } from './hookScript.js';
import { shellStatements, type Statement } from './shellStatements.js';

export interface HookSpec {
  readonly target: HookTarget;
  /** The sub-package keyguard is installed in, relative to the git root ('' at the root). */
  readonly packageDir: string;
  /** git runs the file itself (needs `#!/bin/sh`), not husky through `sh -e`. */
  readonly plain: boolean;
}

export type HookPlan = { readonly text: string | null } | { readonly refused: string };
/** `absent`: no statement runs the command (it may still be named in a comment): init adds it. */
export type HookCheck = { readonly ok: true; readonly line: number } | { readonly ok: false; readonly reason: string; readonly absent?: true };

/** Shells that run POSIX sh text; husky ignores the shebang and uses `sh -e` anyway. */
const SH_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|ash|ksh|mksh|zsh)(?:\s|$)/;
/** A pre-push hook that reads git's ref lines from stdin leaves none for keyguard, or keyguard none for it. */
const READS_STDIN = /\bread\b|\/dev\/stdin|<&0/;

export const markerOf = (target: HookTarget): RegExp => new RegExp(`\\b${commandOf(target).split(' ').slice(0, 2).join('\\s+')}\\b`);

export function planHook(current: string | null, spec: HookSpec): HookPlan {
  const block = hookScript(spec.target, spec.packageDir);
  if (current === null || current.trim() === '') return { text: `${spec.plain ? '#!/bin/sh\n' : ''}${block}` };
  const lines = withNewline(current).split('\n').slice(0, -1);
  const legacy = lines.findIndex((line) => line.trim() === legacyHookLine(spec.target, spec.packageDir));
  if (legacy >= 0) {
    // A line of an earlier init: the block takes its place if that place runs, else is placed anew.
    const inPlace = [...lines.slice(0, legacy), block.trimEnd(), ...lines.slice(legacy + 1)].join('\n') + '\n';
    if (checkHook(inPlace, spec).ok) return { text: inPlace };
    lines.splice(legacy, 1);
  } else if (markerOf(spec.target).test(current)) {
    const check = checkHook(current, spec);
    if (check.ok) return { text: null };
    if (check.absent !== true) return { refused: check.reason };
  }
  return insertBlock(lines, block, spec);
}

function insertBlock(lines: string[], block: string, spec: HookSpec): HookPlan {
  const text = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  const shebang = shebangProblem(text);
  if (shebang !== null) return { refused: shebang };
  const parsed = shellStatements(text);
  if (!parsed.ok) return { refused: `it has ${parsed.reason}` };
  if (spec.target.args.includes('check-push') && READS_STDIN.test(text)) {
    return { refused: 'it reads from stdin, where git passes the refs being pushed that keyguard check-push reads too' };
  }
  const at = insertionLine(lines, parsed.statements);
  const next = `${[...lines.slice(0, at), block.trimEnd(), ...lines.slice(at)].join('\n')}\n`;
  const check = checkHook(next, spec);
  return check.ok ? { text: next } : { refused: check.reason };
}

/**
 * Before the first statement that may end the script (exit, exec, …): everything above it runs
 * first, so keyguard runs too. Without one, before the last statement, so that a hook without
 * `set -e` keeps its last command's exit status as its own. Comments just above stay with their code.
 */
function insertionLine(lines: readonly string[], statements: readonly Statement[]): number {
  const target = statements.find((s) => s.terminates) ?? statements.at(-1);
  if (target === undefined) return lines.length;
  let at = target.start;
  while (at > 1 && lines[at - 1]!.trimStart().startsWith('#')) at--;
  if (at === 1 && !lines[0]!.startsWith('#!') && lines[0]!.trimStart().startsWith('#')) at = 0;
  return at;
}

/**
 * The static check that the hook reaches the command: sh text, keyguard's command in a top-level
 * statement that is a plain command line (or init's own block), no statement before it that may
 * end the script, and its failure ending the hook (husky's `sh -e`, `exec`, `|| exit`, or last).
 * Static on purpose: running the hook would run the user's other commands (lint-staged rewrites
 * files), and a "probe" mode in the CLI would be an environment variable that skips scanning.
 */
export function checkHook(text: string, spec: HookSpec): HookCheck {
  const shebang = shebangProblem(text);
  if (shebang !== null) return { ok: false, reason: shebang };
  const parsed = shellStatements(text);
  if (!parsed.ok) return { ok: false, reason: `it has ${parsed.reason}` };
  const lines = text.split('\n');
  const marker = markerOf(spec.target);
  const command = commandOf(spec.target);
  const index = parsed.statements.findIndex((s) => marker.test(lines.slice(s.start, s.end + 1).join('\n')));
  if (index < 0) return { ok: false, reason: `no top-level line runs ${command}`, absent: true };
  const statement = parsed.statements[index]!;
  const source = lines.slice(statement.start, statement.end + 1).join('\n');
  const where = `line ${statement.start + 1}`;
  const ending = parsed.statements.slice(0, index).find((s) => s.terminates);
  if (ending !== undefined) return { ok: false, reason: `${command} (${where}) comes after line ${ending.start + 1}, which may end the script first` };
  if (source !== ownStatement(spec)) {
    if (statement.start !== statement.end || /^\s*(?:if|while|until|for|case|\{|\()|&&|\|\||;/.test(source.slice(0, source.search(marker)))) {
      return { ok: false, reason: `${command} (${where}) runs only under a condition` };
    }
    const fails = !spec.plain || /^\s*exec\s|\|\|\s*exit\b/.test(source) || index === parsed.statements.length - 1;
    if (!fails) return { ok: false, reason: `the exit status of ${command} (${where}) is ignored (no set -e): add "|| exit $?"` };
  }
  return { ok: true, line: statement.start + 1 + source.split('\n').findIndex((l) => marker.test(l)) };
}

/** init's block as a statement: without its comment line, which is not part of any statement. */
const ownStatement = (spec: HookSpec): string => hookScript(spec.target, spec.packageDir).trimEnd().split('\n').slice(1).join('\n');

function shebangProblem(text: string): string | null {
  const first = text.split('\n', 1)[0] ?? '';
  if (!first.startsWith('#!') || SH_SHEBANG.test(first)) return null;
  return `it is not a sh script (${first.trim()})`;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
