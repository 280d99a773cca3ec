import { pushToGroup } from '../collect.js';
import type { Allowlist } from '../config/allowlist.js';
import { scan } from '../detect/scan.js';
import type { Rule } from '../detect/types.js';
import { listAnnotatedTags } from '../git/listAnnotatedTags.js';
import { readTagMessages } from '../git/readTagMessages.js';
import { streamMessages } from '../git/streamMessages.js';
import type { HistoryRange } from '../git/streamHistory.js';
import type { HistoryCommit } from '../git/types.js';
import type { MessageKind } from '../report/types.js';
import type { HistoryKey } from './collectHistory.js';
import { placeFindings } from './locateFindings.js';

/** The name messages are scanned under (rules may look at a path): git's own file for a message. */
const MESSAGE_PATH = 'COMMIT_EDITMSG';

/**
 * Keys in the messages of `range`: every commit's message (streamMessages, numbered in the same
 * order as streamHistory's commits), and the annotated tags the range covers: for a push (sent or
 * received), the tag objects being pushed; for `--all`, every tag object a ref points at; for revisions, the tags of
 * commits read. A tag counts as newest (order 0): a key also in a commit is reported at the commit.
 */
export async function collectMessages(
  root: string,
  range: HistoryRange,
  { rules, allow }: { rules: readonly Rule[]; allow: Allowlist },
  /** Keys arrive without their fingerprint (collectHistory computes it once per distinct secret). */
  remember: (key: HistoryKey) => void,
): Promise<void> {
  const pushed = range.kind === 'push' || range.kind === 'receive';
  const tags = pushed ? [] : await listAnnotatedTags(root);
  const tagsOf = new Map<string, string[]>();
  for (const tag of tags) pushToGroup(tagsOf, tag.target, tag.id);
  const covered: string[] = pushed ? [...range.include] : range.kind === 'all' ? tags.map((t) => t.id) : [];
  let order = 0;
  const found = (text: string, commit: HistoryCommit, at: number, kind: MessageKind) => {
    for (const finding of placeFindings(scan(text, rules, { path: MESSAGE_PATH }), '', 1, allow)) {
      remember({ fingerprint: '', finding, commit, order: at, others: [], count: 1, in: kind });
    }
  };
  await streamMessages(root, range, (commit, text) => {
    order += 1;
    found(text, commit, order, 'commit-message');
    if (range.kind === 'revisions') for (const tag of tagsOf.get(commit.id) ?? []) covered.push(tag);
  });
  for (const tag of await readTagMessages(root, covered)) found(tag.text, { id: tag.id, parents: [], authorDate: tag.date }, 0, 'tag-message');
}
