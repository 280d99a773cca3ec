import { KeyguardError } from '../errors.js';
import { BatchOutput, BatchParser, type BatchPolicy } from './BatchOutput.js';
import type { BlobContent } from './blobContent.js';
import { execGit } from './execGit.js';

/**
 * Read the blobs `ids` (in order, repeats allowed) with one `git cat-file --batch` process and
 * hand each one's content to `onBlob` as it arrives; one `wanted` declines is passed over unread.
 */
export async function readBlobs(
  cwd: string,
  ids: readonly string[],
  onBlob: (index: number, content: BlobContent) => void,
  wanted?: (index: number) => boolean,
): Promise<void> {
  await readObjects(cwd, ids, new BatchOutput(onBlob, wanted));
}

/** Objects of any type, kept as `policy` says (readTagMessages). */
export async function readObjectsWith<T>(cwd: string, ids: readonly string[], policy: BatchPolicy<T>, onObject: (index: number, result: T) => void): Promise<void> {
  await readObjects(cwd, ids, new BatchParser(onObject, policy));
}

/**
 * One `git cat-file --batch` for `ids`, its output through `parser`. `--no-replace-objects`: the
 * object stored under the id, as history scans read them (refs/replace/* could show other content).
 */
async function readObjects<T>(cwd: string, ids: readonly string[], parser: BatchParser<T>): Promise<void> {
  if (ids.length === 0) return;
  await execGit(['--no-replace-objects', 'cat-file', '--batch'], { cwd, input: `${ids.join('\n')}\n`, onStdout: (chunk) => parser.push(chunk) });
  // Every name gets an answer (git-cat-file(1)); fewer means the output was cut.
  if (parser.end() !== ids.length) throw new KeyguardError('internal', `git cat-file answered for fewer than the ${ids.length} object(s) asked`);
}
