/**
 * The dispatcher scripts of `keyguard init --global`: one file per git hook name in a directory that
 * `git config --global core.hooksPath` points at, so git runs them in every repository of the user
 * that sets no core.hooksPath of its own (githooks(5): core.hooksPath replaces $GIT_DIR/hooks).
 *
 * Because git now looks for every hook there, each dispatcher first runs the hook the repository
 * would have run without keyguard, so nothing of the user's stops running: the same hook in the
 * global core.hooksPath that was set before keyguard (recorded at install), else
 * `$(git rev-parse --git-common-dir)/hooks/<name>` (not `--git-path hooks`, which answers
 * core.hooksPath, i.e. this directory; the common dir, so linked worktrees find the main
 * repository's hooks as git does). Only if it succeeds, keyguard runs for pre-commit, commit-msg and
 * pre-push: after the repository's hook, so it checks what that hook may have re-staged or rewritten.
 *
 * POSIX sh, every expansion quoted, paths embedded with single quotes (spaces, quotes, `$`).
 */
import { shellQuote } from '../remediate/shellQuote.js';
import { GLOBAL_PUSH_INPUT_UNSAVED, globalHookUnrunnable } from '../messages.js';

/** The hooks keyguard checks, and the command each runs (git's arguments as githooks(5) gives them). */
export const GUARDED_HOOKS: Readonly<Record<string, { readonly args: string; readonly gitCommand: 'commit' | 'push' }>> = {
  'pre-commit': { args: 'check-staged', gitCommand: 'commit' },
  'commit-msg': { args: 'check-message "$1"', gitCommand: 'commit' },
  'pre-push': { args: 'check-push "$@"', gitCommand: 'push' },
};

/**
 * Every other hook git looks up in core.hooksPath whose absence means "go on" (githooks(5)): a
 * dispatcher that finds no hook of the repository's exits 0, exactly as if there were none. Left
 * out: push-to-checkout and proc-receive (their mere presence changes what git does, so a dispatcher
 * cannot stand in for "no hook"), fsmonitor-watchman (run through core.fsmonitor, not looked up).
 */
export const PASS_THROUGH_HOOKS: readonly string[] = [
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-merge-commit', 'prepare-commit-msg', 'post-commit',
  'pre-rebase', 'post-checkout', 'post-merge', 'pre-receive', 'update', 'post-receive', 'post-update',
  'reference-transaction', 'pre-auto-gc', 'post-rewrite', 'sendemail-validate', 'post-index-change',
  'p4-changelist', 'p4-prepare-changelist', 'p4-post-changelist', 'p4-pre-submit',
];

export interface GlobalHookSettings {
  /** Absolute path of the node that ran `init --global`; `node` on PATH when it is gone. */
  readonly node: string;
  /** Absolute path of keyguard's cli.cjs (the copy in the config directory). */
  readonly cli: string;
  /** The global core.hooksPath before keyguard's, or null: whose hooks are chained. */
  readonly previous: string | null;
}

/** The first line after the shebang: how uninstall and a reader recognise the file. */
export const GLOBAL_HOOK_MARK = '# keyguard global hook dispatcher, written by "keyguard init --global"';

export function globalHookScript(name: string, settings: GlobalHookSettings): string {
  const guarded = GUARDED_HOOKS[name];
  const stdin = name === 'pre-push'; // git's ref lines: read by the repository's hook and by keyguard
  return [
    '#!/bin/sh',
    GLOBAL_HOOK_MARK,
    '# (git config --global core.hooksPath points here). Removed by "keyguard init --global --uninstall",',
    '# which leaves a file that was edited since in place. See docs/install-global.md.',
    `kg_hook=${shellQuote(name)}`,
    `kg_previous=${shellQuote(settings.previous ?? '')}`,
    ...ownHook(guarded !== undefined),
    ...(stdin ? saveStdin : []),
    ...(guarded === undefined ? passThrough : chain(stdin)),
    ...(guarded === undefined ? [] : runKeyguard(settings, guarded.args, guarded.gitCommand, stdin)),
    '',
  ].join('\n');
}

/**
 * Sets kg_own to the repository's own hook when git would have run it without keyguard: the
 * previous global hooks directory (a leading `~/` expanded as git expands it, a relative path taken
 * from the directory the hook runs in, githooks(5)), else the common git directory's hooks/. Never
 * this directory itself (a hooks/ symlinked here would loop).
 */
const ownHook = (guarded: boolean) => [
  'unset CDPATH # cd must go where it is told (a CDPATH entry could stand in for a relative .git)',
  'if [ -n "$kg_previous" ]; then',
  '  case $kg_previous in',
  '    "~/"*) kg_dir=$HOME/${kg_previous#"~/"} ;;',
  '    *) kg_dir=$kg_previous ;;',
  '  esac',
  'else',
  // keyguard's hooks refuse when they cannot tell which hook to chain; the others, run outside any
  // repository (git send-email's sendemail-validate can be), have no repository hook to run.
  guarded ? '  kg_dir=$(git rev-parse --git-common-dir) || exit 2' : '  kg_dir=$(git rev-parse --git-common-dir 2>/dev/null) || exit 0',
  '  kg_dir=$kg_dir/hooks',
  'fi',
  'kg_own=',
  'kg_self=$(cd -- "$(dirname -- "$0")" && pwd -P) || exit 2',
  'if [ -f "$kg_dir/$kg_hook" ] && [ -x "$kg_dir/$kg_hook" ] && [ "$(cd -- "$kg_dir" && pwd -P)" != "$kg_self" ]; then',
  '  kg_own=$kg_dir/$kg_hook',
  'fi',
];

/** git feeds pre-push its ref lines once: kept in a file both readers get, removed on any exit. */
const saveStdin = [
  `kg_input=$(mktemp "\${TMPDIR:-/tmp}/keyguard-pre-push.XXXXXX") || { echo ${shellQuote(GLOBAL_PUSH_INPUT_UNSAVED)} >&2; exit 2; }`,
  "trap 'rm -f \"$kg_input\"' EXIT",
  "trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 143' TERM",
  `cat >"$kg_input" || { echo ${shellQuote(GLOBAL_PUSH_INPUT_UNSAVED)} >&2; exit 2; }`,
];

const passThrough = ['[ -n "$kg_own" ] || exit 0', 'exec "$kg_own" "$@"'];

const chain = (stdin: boolean) => [
  'if [ -n "$kg_own" ]; then',
  `  "$kg_own" "$@"${stdin ? ' <"$kg_input"' : ''} || exit $?`,
  'fi',
];

/** keyguard from the recorded node (else node on PATH) and cli.cjs; refuses (exit 2) when either is gone. */
function runKeyguard(settings: GlobalHookSettings, args: string, gitCommand: 'commit' | 'push', stdin: boolean): string[] {
  return [
    `kg_node=${shellQuote(settings.node)}`,
    `kg_cli=${shellQuote(settings.cli)}`,
    '[ -x "$kg_node" ] || kg_node=$(command -v node) || kg_node=',
    'if [ -z "$kg_node" ] || [ ! -f "$kg_cli" ]; then',
    `  echo ${shellQuote(globalHookUnrunnable(gitCommand))} >&2`,
    '  exit 2',
    'fi',
    // Not exec: the EXIT trap must still remove the saved input.
    `"$kg_node" "$kg_cli" ${args}${stdin ? ' <"$kg_input"' : ''}`,
    'exit $?',
  ];
}
