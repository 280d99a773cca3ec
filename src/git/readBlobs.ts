import { KeyguardError } from '../errors.js';
import { BatchOutput } from './BatchOutput.js';
import type { BlobContent } from './blobContent.js';
import { execGit } from './execGit.js';

/**
 * Read the blobs `ids` (in order, repeats allowed) with one `git cat-file --batch` process and
 * hand each one's content to `onBlob` as it arrives; one `wanted` declines is passed over unread. `--no-replace-objects`: the object stored
 * under the id, as history scans read them (refs/replace/* could show other content).
 */
export async function readBlobs(
  cwd: string,
  ids: readonly string[],
  onBlob: (index: number, content: BlobContent) => void,
  wanted?: (index: number) => boolean,
): Promise<void> {
  if (ids.length === 0) return;
  const output = new BatchOutput(onBlob, wanted);
  await execGit(['--no-replace-objects', 'cat-file', '--batch'], { cwd, input: `${ids.join('\n')}\n`, onStdout: (chunk) => output.push(chunk) });
  // Every name gets an answer (git-cat-file(1)); fewer means the output was cut.
  if (output.end() !== ids.length) throw new KeyguardError('internal', `git cat-file answered for fewer than the ${ids.length} object(s) asked`);
}
