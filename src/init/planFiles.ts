/**
 * Pure planning for `keyguard init`: given a file's current text (or null when it
 * does not exist), return the new text, or null when nothing needs to change.
 * Never clobbers: we only create or append, so running init twice changes nothing.
 */

export const HOOK_COMMAND = 'npx --no -- keyguard check-staged';

/** `.husky/pre-commit`: husky v9 hooks are plain shell, one command per line. */
export function planPreCommitHook(current: string | null): string | null {
  if (current === null) return `${HOOK_COMMAND}\n`;
  if (/\bkeyguard\s+check-staged\b/.test(current)) return null;
  return `${withTrailingNewline(current)}${HOOK_COMMAND}\n`;
}

/**
 * `.husky/pre-push`: husky v9 runs the hook script with git's arguments (remote name and URL)
 * and git's stdin (the refs being pushed) inherited, so `"$@"` passes both on.
 */
export const PUSH_HOOK_COMMAND = 'npx --no -- keyguard check-push "$@"';

export function planPrePushHook(current: string | null): string | null {
  if (current === null) return `${PUSH_HOOK_COMMAND}\n`;
  if (/\bkeyguard\s+check-push\b/.test(current)) return null;
  return `${withTrailingNewline(current)}${PUSH_HOOK_COMMAND}\n`;
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
