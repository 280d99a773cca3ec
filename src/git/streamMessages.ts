import { KeyguardError } from '../errors.js';
import { ByteSplitter } from './ByteSplitter.js';
import { execGit } from './execGit.js';
import { parseCommitHeader } from './parseCommitHeader.js';
import { rangeArgs, type HistoryRange } from './streamHistory.js';
import type { HistoryCommit } from './types.js';

/**
 * `git log` printing each commit's header line and raw message (`%B`, git-log(1) "PRETTY
 * FORMATS"), NUL-terminated (-z), with what could change it pinned: tformat (never a pretty.<name>
 * alias), no notes, no signature check, no decoration, no colour, messages re-encoded to UTF-8
 * (`--encoding`, from the commit's own `encoding` header), no refs/replace. The same range and
 * --topo-order as streamHistory, so commits come in the same order (the same `order` numbers).
 */
const MESSAGE_LOG_ARGS: readonly string[] = [
  '--no-replace-objects', 'log',
  '--format=tformat:commit %H%x09%P%x09%aI%n%B', '-z',
  '--no-notes', '--no-show-signature', '--no-decorate', '--no-color', '--encoding=UTF-8', '--topo-order',
];

/**
 * Stream every commit message of `range`: `onMessage` gets the commit and its message text. No
 * message (a commit object may hold none) is an empty text. Memory: one message at a time.
 */
export async function streamMessages(cwd: string, range: HistoryRange, onMessage: (commit: HistoryCommit, text: string) => void): Promise<number> {
  let count = 0;
  const records = new ByteSplitter(0x00, (buffer, start, end) => {
    const text = buffer.toString('utf8', start, end);
    const eol = text.indexOf('\n');
    const header = eol < 0 ? text : text.slice(0, eol);
    count += 1;
    onMessage(parseCommitHeader(header), eol < 0 ? '' : text.slice(eol + 1));
  });
  const { args, input } = rangeArgs(range);
  await execGit([...MESSAGE_LOG_ARGS, ...args, '--'], { cwd, onStdout: (chunk) => records.push(chunk), ...(input === undefined ? {} : { input }) });
  if (records.pendingBytes > 0) throw new KeyguardError('internal', 'git log output ended mid-message');
  return count;
}
