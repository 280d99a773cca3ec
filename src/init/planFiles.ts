/**
 * Pure planning for `keyguard init`: given a file's current text (or null when it
 * does not exist), return the new text, or null when nothing needs to change.
 * Never clobbers: we only create or append, so running init twice changes nothing.
 */

import { shellQuote } from '../remediate/shellQuote.js';

export const HOOK_COMMAND = 'npx --no -- keyguard check-staged';

/**
 * Hooks live at the git root and run there; in a monorepo sub-package keyguard is installed in
 * that package, so the hook line first changes into it (npx resolves its node_modules/.bin).
 */
export function inPackage(command: string, packageDir: string): string {
  return packageDir === '' ? command : `cd ${shellQuote(packageDir)} && ${command}`;
}

/** `.husky/pre-commit`: husky v9 hooks are plain shell, one command per line. */
export function planPreCommitHook(current: string | null, packageDir = ''): string | null {
  const line = inPackage(HOOK_COMMAND, packageDir);
  if (current === null) return `${line}\n`;
  if (/\bkeyguard\s+check-staged\b/.test(current)) return null;
  return `${withTrailingNewline(current)}${line}\n`;
}

/**
 * `.husky/pre-push`: husky v9 runs the hook script with git's arguments (remote name and URL)
 * and git's stdin (the refs being pushed) inherited, so `"$@"` passes both on.
 */
export const PUSH_HOOK_COMMAND = 'npx --no -- keyguard check-push "$@"';

export function planPrePushHook(current: string | null, packageDir = ''): string | null {
  return appendHookLine(current, inPackage(PUSH_HOOK_COMMAND, packageDir), /\bkeyguard\s+check-push\b/);
}

/**
 * `.husky/commit-msg`: git passes the commit-msg hook the message file's path as its one argument
 * (githooks(5) "commit-msg"), which husky v9 hands on to the script.
 */
export const MESSAGE_HOOK_COMMAND = 'npx --no -- keyguard check-message "$1"';
export const MESSAGE_HOOK_MARKER = /\bkeyguard\s+check-message\b/;

export function planCommitMsgHook(current: string | null, packageDir = ''): string | null {
  return appendHookLine(current, inPackage(MESSAGE_HOOK_COMMAND, packageDir), MESSAGE_HOOK_MARKER);
}

/** A husky hook file: created with `line`, or `line` appended unless `marker` shows keyguard is there. */
function appendHookLine(current: string | null, line: string, marker: RegExp): string | null {
  if (current === null) return `${line}\n`;
  if (marker.test(current)) return null;
  return `${withTrailingNewline(current)}${line}\n`;
}

/** `.gitignore`: make sure local `.env` files can never be staged by accident. */
export function planGitignore(current: string | null): string | null {
  const ignored = (current ?? '').split(/\r?\n/).some((line) => /^\/?(\*\*\/)?\.env\*?$/.test(line.trim()));
  if (ignored) return null;
  const block = '# keyguard: local secrets stay out of git\n.env\n';
  return current === null || current === '' ? block : `${withTrailingNewline(current)}${block}`;
}

/** `prepare` must run husky so every clone that runs `npm install` gets the hook. */
export function planPrepareScript(current: string | undefined, huskyCommand: string): string | null {
  if (current === undefined || current.trim() === '') return huskyCommand;
  if (/\bhusky\b/.test(current)) return null;
  return `${current} && ${huskyCommand}`;
}

function withTrailingNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
