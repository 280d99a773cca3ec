/**
 * The one generator of the shell text every keyguard hook runs (husky hooks, `core.hooksPath`
 * scripts, the shipped `hooks/` files): the INSTALLED binary, started directly — one Node start,
 * never `npx` (its package resolution cost ~0.5 s a commit, and `npx` without `--no` would fetch a
 * package called keyguard from the registry). When the binary or node is missing the hook prints
 * keyguard's own message and exits 2 (fail closed, README "Exit codes").
 *
 * POSIX sh only: husky 9 runs hook files with `sh -e` (husky/husky, `.husky/_/h`), git runs plain
 * hooks by their shebang (githooks(5)), git for Windows through its bundled sh.
 */
import { hookNotInstalled } from '../messages.js';
import { shellQuote } from '../remediate/shellQuote.js';

export interface HookTarget {
  /** The binary under `node_modules/.bin` the hook starts: keyguard, or lint-staged which runs it. */
  readonly bin: 'keyguard' | 'lint-staged';
  /** Shell text after the binary's name, e.g. `check-push "$@"`. */
  readonly args: string;
  /** What git does when the hook refuses: named in the bypass advice. */
  readonly gitCommand: 'commit' | 'push';
}

export const PRE_COMMIT: HookTarget = { bin: 'keyguard', args: 'check-staged', gitCommand: 'commit' };
/** git passes pre-push the remote's name and URL as arguments and the refs on stdin (githooks(5) "pre-push"). */
export const PRE_PUSH: HookTarget = { bin: 'keyguard', args: 'check-push "$@"', gitCommand: 'push' };
/** git passes commit-msg the message file's path, relative to the git root (githooks(5) "commit-msg"). */
export const COMMIT_MSG: HookTarget = { bin: 'keyguard', args: 'check-message "$1"', gitCommand: 'commit' };
/** lint-staged runs `keyguard check-files` from the package's node_modules/.bin (tinyexec adds it to PATH). */
export const LINT_STAGED: HookTarget = { bin: 'lint-staged', args: '', gitCommand: 'commit' };

/** The command as it appears in the hook, and what init looks for to know it is already there. */
export const commandOf = (target: HookTarget): string => `${target.bin} ${target.args}`.trimEnd();

/**
 * The hook text for `target`, run from the git root (git changes into the root of the working tree
 * before it runs a hook, githooks(5) "DESCRIPTION"). `packageDir` is the
 * sub-package keyguard is installed in ('' at the root). It runs in a subshell so that its PATH
 * and `cd` never leak into the lines of an existing hook around it, and `|| exit $?` makes its
 * refusal end the hook also where the file does not run under `set -e`.
 * keyguard runs at the git root (its config and "$1" are relative to it); lint-staged runs in the
 * package, where its config is. PATH gets the package's and the root's node_modules/.bin (npm
 * workspaces hoist bins to the root), then PATH as it was: a global install is the fallback.
 */
export function hookScript(target: HookTarget, packageDir = ''): string {
  const bins = packageDir === '' ? ['$PWD/node_modules/.bin'] : [`$PWD/${inDoubleQuotes(packageDir)}/node_modules/.bin`, '$PWD/node_modules/.bin'];
  const cd = target.bin === 'lint-staged' && packageDir !== '' ? `cd ${shellQuote(packageDir)} && ` : '';
  const message = hookNotInstalled(target.bin, packageDir === '' ? 'the project root' : packageDir, target.gitCommand);
  return [
    `# ${target.bin}: the installed binary, one Node start; if it is missing, refuse (exit 2) and say why`,
    '(',
    `  PATH="${bins.join(':')}:$PATH"`,
    `  if ${cd}command -v node >/dev/null && command -v ${target.bin} >/dev/null; then exec ${commandOf(target)}; fi`,
    `  echo ${shellQuote(message)} >&2`,
    '  exit 2',
    ') || exit $?',
    '',
  ].join('\n');
}

/** The one-line hook earlier versions of init wrote, so a re-run replaces it with `hookScript`. */
export function legacyHookLine(target: HookTarget, packageDir = ''): string {
  const line = `npx --no -- ${commandOf(target)}`;
  return packageDir === '' ? line : `cd ${shellQuote(packageDir)} && ${line}`;
}

/** `"` `$` `` ` `` and `\\` keep their meaning inside double quotes (POSIX sh, "Double-Quotes"). */
function inDoubleQuotes(text: string): string {
  return text.replace(/["$`\\]/g, '\\$&');
}
