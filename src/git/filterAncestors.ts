import { ByteSplitter } from './ByteSplitter.js';
import { execGit } from './execGit.js';

/**
 * Which of `candidates` (full commit ids) are `head` or its ancestors. One `git rev-list <head>`
 * read as a stream and matched against the set: memory stays at the candidates however long the
 * history, and one walk replaces a `git merge-base` per candidate (each of which walks too).
 */
export async function filterAncestors(cwd: string, head: string, candidates: ReadonlySet<string>): Promise<Set<string>> {
  const found = new Set<string>();
  if (candidates.size === 0) return found;
  const lines = new ByteSplitter(0x0a, (buffer, start, end) => {
    const id = buffer.toString('latin1', start, end);
    if (candidates.has(id)) found.add(id);
  });
  await execGit(['rev-list', '--end-of-options', head, '--'], { cwd, onStdout: (chunk) => lines.push(chunk) });
  return found;
}
