import { execGit } from './execGit.js';
import { HISTORY_LOG_ARGS } from './historyLogArgs.js';
import { HistoryParser, type HistoryHandlers } from './HistoryParser.js';
import type { HistoryResult } from './types.js';

/** Which commits to read: every ref, revisions the user typed, or what a push would add. */
export type HistoryRange =
  | { readonly kind: 'all' }
  | { readonly kind: 'revisions'; readonly revisions: readonly string[] }
  /**
   * Commits reachable from `include` and from none of `exclude` (full ids of local commits, checked
   * by the caller): what the remote lacks, as far as what it advertised says. Never the
   * remote-tracking refs: they may be stale or another URL's.
   */
  | { readonly kind: 'push'; readonly include: readonly string[]; readonly exclude: readonly string[] }
  /**
   * Commits reachable from `include` (full ids, checked by the caller) and from no ref of this
   * repository: what a push being received adds (check-receive). In a pre-receive hook the refs are
   * not updated yet (githooks(5) "pre-receive"), so `--all` is what the repository had before.
   */
  | { readonly kind: 'receive'; readonly include: readonly string[] };

/** git log's revision arguments for `range`, and its standard input when they are read from there. */
export function rangeArgs(range: HistoryRange): { args: string[]; input?: string } {
  switch (range.kind) {
    case 'all':
      return { args: ['--all'] };
    case 'revisions':
      // Nothing the user typed can be read as an option (`--output=…`): git-rev-parse(1) --end-of-options.
      return { args: ['--end-of-options', ...range.revisions] };
    case 'push':
      // A remote may advertise many thousands of refs, too many for a command line: one revision
      // per line on standard input, `^<id>` to exclude (git-rev-list(1) --stdin; gitrevisions(7)).
      return { args: ['--stdin'], input: [...range.include, ...range.exclude.map((id) => `^${id}`)].map((r) => `${r}\n`).join('') };
    case 'receive':
      // A server may hold a million refs (GitLab's keep-around refs): git negates them itself. The ids
      // read from standard input are always positive, whatever --not says (revision.c
      // read_revisions_from_stdin), and --stdin comes first so no git version could read them as negated.
      return { args: ['--stdin', '--not', '--all'], input: range.include.map((id) => `${id}\n`).join('') };
  }
}

/**
 * Stream every commit of `range` in the repository at `cwd` with its added lines: `onBlock` gets
 * (commit, block) pairs in git's order; nothing but the current line and block is held in
 * memory. A git failure rejects with KeyguardError('git') carrying git's message.
 */
export async function streamHistory(cwd: string, range: HistoryRange, handlers: HistoryHandlers): Promise<HistoryResult> {
  const parser = new HistoryParser(handlers);
  const { args, input } = rangeArgs(range);
  await execGit([...HISTORY_LOG_ARGS, ...args, '--'], { cwd, onStdout: (chunk) => parser.push(chunk), ...(input === undefined ? {} : { input }) });
  return parser.end();
}
