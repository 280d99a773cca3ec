/**
 * Pure planning for `keyguard init`: given a file's current text (or null when it
 * does not exist), return the new text, or null when nothing needs to change.
 * Never clobbers: we only create or append, so running init twice changes nothing.
 */

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
