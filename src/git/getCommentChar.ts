import { execGit } from './execGit.js';

/**
 * The character that starts the comment lines git strips from a message: `core.commentChar`
 * (git-config(1)), `#` when unset. null when git picks it per message (`auto`) or it is not
 * one character: then no line can be taken for git's scissors line.
 */
export async function getCommentChar(cwd: string): Promise<string | null> {
  const out = await execGit(['config', '--get', 'core.commentChar'], { cwd, okExitCodes: [0, 1] });
  const value = out.replace(/\n$/, '');
  if (value === '') return '#';
  return [...value].length === 1 ? value : null;
}
