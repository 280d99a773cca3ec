import type { BatchPolicy } from './BatchOutput.js';
import { readObjectsWith } from './readBlobs.js';

/** One annotated tag object: its id, tagger date (ISO 8601, '' without a tagger) and message. */
export interface TagMessage {
  readonly id: string;
  readonly date: string;
  readonly text: string;
}

/** Tags of tags are followed this deep at most (git itself peels without a limit; a chain is rare). */
const MAX_DEPTH = 10;

/**
 * The messages of those `ids` that are tag objects, and of the tags they tag in turn (a tag of a
 * tag sends both). Objects of other types are skipped. `git cat-file --batch` with the ids on its
 * standard input prints `<id> <type> <size> LF <content> LF` per object (git-cat-file(1) "BATCH
 * OUTPUT"); a tag's content is its header lines, a blank line, then the message (git-tag(1)).
 */
export async function readTagMessages(cwd: string, ids: readonly string[]): Promise<TagMessage[]> {
  const found: TagMessage[] = [];
  const seen = new Set<string>();
  let next = [...new Set(ids)];
  for (let depth = 0; depth < MAX_DEPTH && next.length > 0; depth++) {
    next.forEach((id) => seen.add(id));
    const tags = await readBatch(cwd, next);
    for (const t of tags) found.push(t.message);
    next = tags.map((t) => t.target).filter((id) => !seen.has(id));
  }
  return found;
}

/** Tag objects are read whole; anything else (a commit id of a push) is passed over unread. */
const TAGS: BatchPolicy<{ message: TagMessage; target: string } | undefined> = {
  keep: (_index, type, size) => (type === 'tag' ? size : -1),
  result: (_type, data) => parseTag(data.toString('utf8')),
  missing: undefined,
};

async function readBatch(cwd: string, ids: readonly string[]): Promise<{ message: TagMessage; target: string }[]> {
  const tags: { message: TagMessage; target: string }[] = [];
  await readObjectsWith(cwd, ids, TAGS, (index, tag) => {
    if (tag !== undefined) tags.push({ message: { ...tag.message, id: ids[index]! }, target: tag.target });
  });
  return tags;
}

function parseTag(content: string): { message: TagMessage; target: string } {
  const blank = content.indexOf('\n\n');
  const header = blank < 0 ? content : content.slice(0, blank);
  const target = /^object ([0-9a-f]+)$/m.exec(header)?.[1] ?? '';
  // `tagger <name> <email> <seconds> <offset>` (git-fast-import(1) "tag"): the date as ISO 8601.
  const seconds = /^tagger .* (\d+) [-+]\d{4}$/m.exec(header)?.[1];
  const date = seconds === undefined ? '' : new Date(Number(seconds) * 1000).toISOString();
  return { message: { id: '', date, text: blank < 0 ? '' : content.slice(blank + 2) }, target };
}
