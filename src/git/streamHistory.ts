import { execGit } from './execGit.js';
import { HISTORY_LOG_ARGS } from './historyLogArgs.js';
import { HistoryParser, type HistoryHandlers } from './HistoryParser.js';
import type { HistoryResult } from './types.js';

/** Which commits to read: every ref, revisions the user typed, or what a push would add. */
export type HistoryRange =
  | { readonly kind: 'all' }
  | { readonly kind: 'revisions'; readonly revisions: readonly string[] }
  /** Commits reachable from `include` (full ids) and from none of `exclude` or the remote's tracking refs. */
  | { readonly kind: 'push'; readonly include: readonly string[]; readonly exclude: readonly string[]; readonly remote?: string };


function rangeArgs(range: HistoryRange): string[] {
  switch (range.kind) {
    case 'all':
      return ['--all'];
    case 'revisions':
      // Nothing the user typed can be read as an option (`--output=…`): git-rev-parse(1) --end-of-options.
      return ['--end-of-options', ...range.revisions];
    case 'push':
      // Full hex ids only (checked by the caller), so no --end-of-options: --not must stay an option.
      return [...range.include, '--not', ...range.exclude, range.remote === undefined ? '--remotes' : `--remotes=${range.remote}`];
  }
}

/**
 * Stream every commit of `range` in the repository at `cwd` with its added lines: `onBlock` gets
 * (commit, block) pairs in git's order; nothing but the current line and block is held in
 * memory. A git failure rejects with KeyguardError('git') carrying git's message.
 */
export async function streamHistory(cwd: string, range: HistoryRange, handlers: HistoryHandlers): Promise<HistoryResult> {
  const parser = new HistoryParser(handlers);
  await execGit([...HISTORY_LOG_ARGS, ...rangeArgs(range), '--'], { cwd, onStdout: (chunk) => parser.push(chunk) });
  return parser.end();
}
