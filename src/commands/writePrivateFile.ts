import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { KeyguardError } from '../errors.js';
import { scrubFileExists } from '../messages.js';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;

/**
 * Write `text` (it holds secrets) to a new file only its owner can read: created with mode 0600
 * (O_CREAT|O_EXCL, so never through a symlink or over another file). The one exception is an
 * existing empty regular file of ours that nobody else can read, e.g. from `mktemp`.
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  const handle = await openPrivate(path);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

async function openPrivate(path: string): Promise<FileHandle> {
  try {
    return await open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(path, error);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, O_WRONLY | O_NOFOLLOW);
  } catch (error) {
    throw new KeyguardError('io', scrubFileExists(path), { cause: error });
  }
  const stat = await handle.stat();
  if (stat.isFile() && stat.size === 0 && (stat.mode & 0o077) === 0 && stat.uid === userInfo().uid) return handle;
  await handle.close();
  throw new KeyguardError('io', scrubFileExists(path));
}

function ioError(path: string, error: unknown): KeyguardError {
  return new KeyguardError('io', `cannot create ${path}: ${(error as Error).message}`, { cause: error });
}
