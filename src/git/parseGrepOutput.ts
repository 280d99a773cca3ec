import { KeyguardError } from '../errors.js';
import type { HeadLine } from './types.js';

/**
 * Parse `git grep -n -z <tree>` output: `<tree>:<path> NUL <line> NUL <text> LF` per match
 * (git-grep(1) "-z": NUL instead of the character that normally follows a file name, and the
 * line number). Read left to right, so a path may hold newlines and the text may hold NULs.
 */
export function parseGrepOutput(output: string, treePrefix: string): HeadLine[] {
  const lines: HeadLine[] = [];
  let at = 0;
  while (at < output.length) {
    const pathEnd = output.indexOf('\0', at);
    const numberEnd = pathEnd < 0 ? -1 : output.indexOf('\0', pathEnd + 1);
    const textEnd = numberEnd < 0 ? -1 : output.indexOf('\n', numberEnd + 1);
    const name = output.slice(at, pathEnd);
    const line = Number(output.slice(pathEnd + 1, numberEnd));
    // Not quoted in the error: the text is repository content.
    if (textEnd < 0 || !name.startsWith(treePrefix) || !Number.isInteger(line) || line < 1) {
      throw new KeyguardError('internal', "unexpected record in git grep's output");
    }
    const text = output.slice(numberEnd + 1, textEnd);
    lines.push({ path: name.slice(treePrefix.length), line, text: text.endsWith('\r') ? text.slice(0, -1) : text });
    at = textEnd + 1;
  }
  return lines;
}
