/** git's cut line (wt-status.c `cut_line`), after the comment character and a space. */
const CUT_LINE = ' ------------------------ >8 ------------------------';

/**
 * The part of a commit message file git may keep. `git commit -v` writes the staged diff under a
 * "scissors" line, then a comment saying everything below is ignored (wt-status.c
 * wt_status_add_cut_line), and git removes all of it when it cleans the message up (git-commit(1)
 * "--cleanup=scissors", the mode with an editor and -v): that diff is the pre-commit hook's
 * business. git's match is exact (the line ends in LF, not CRLF). The hook cannot see the cleanup
 * mode, and with `-m`/`-F` (cleanup `whitespace`) or `--cleanup=verbatim` git keeps such a line
 * and what follows, so the cut also needs git's comment line right below it: a message typed on
 * the command line does not look like that by accident. Comment lines are scanned: those modes
 * commit them as written. `commentChar` null (`core.commentChar=auto`): git picks the character
 * per message and the hook cannot know it, so nothing is cut.
 */
export function messageBody(text: string, commentChar: string | null): string {
  if (commentChar === null) return text;
  const cut = `${commentChar}${CUT_LINE}`;
  const lines = text.split('\n');
  for (let at = 0; at + 1 < lines.length; at++) {
    if (lines[at] === cut && lines[at + 1]!.startsWith(commentChar)) return lines.slice(0, at).join('\n');
  }
  return text;
}
