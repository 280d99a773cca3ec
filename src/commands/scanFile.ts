import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Allowlist } from '../config/allowlist.js';
import type { Rule } from '../detect/types.js';
import { scanSource, type SourceResult, type WindowSizes } from './scanSource.js';

/** Why a listed path was not scanned as text, or the scan's result. */
export type FileOutcome =
  | SourceResult
  | { readonly kind: 'symlink' | 'directory' | 'special' | 'gone' }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * O_NOFOLLOW: a path that is (or was swapped for) a symbolic link fails with ELOOP instead of
 * being followed (open(2)). O_NONBLOCK: opening a FIFO returns at once instead of waiting for a
 * writer; fstat then shows it is no regular file and it is never read. Neither exists on Windows.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Open, classify and scan one working-tree file; the path is bytes so any file name works. */
export async function scanFile(path: Buffer, display: string, rules: readonly Rule[], allow: Allowlist, sizes?: WindowSizes): Promise<FileOutcome> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { kind: 'directory' };
    if (!stats.isFile()) return { kind: 'special' };
    const source = {
      sizeHint: stats.size,
      read: async (into: Buffer, position: number) => (await handle.read(into, 0, into.length, position)).bytesRead,
    };
    return await scanSource(source, display, rules, allow, sizes);
  } catch (error) {
    return { kind: 'unreadable', reason: errorCode(error) };
  } finally {
    await handle.close();
  }
}

function openFailure(error: unknown): FileOutcome {
  const code = errorCode(error);
  if (code === 'ELOOP') return { kind: 'symlink' };
  // Listed by git but deleted (or replaced by a directory component) in the working tree since.
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'gone' };
  if (code === 'EISDIR') return { kind: 'directory' };
  return { kind: 'unreadable', reason: code };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
