import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { BINARY_PROBE } from '../detect/textEncoding.js';
import { classify, MAX_CONTENT_BYTES, MISSING, type BlobContent } from './blobContent.js';
import { execGit } from './execGit.js';

/**
 * Where Git LFS keeps the objects of the repository at `cwd`: `<storage>/objects`, the storage
 * being `lfs` in the common git directory (shared by linked worktrees), or `lfs.storage` when set
 * ("Non-absolute path is relativized to inside of Git repository directory", git-lfs-config(5)).
 */
export async function lfsObjectsDir(cwd: string): Promise<string> {
  const [commonDir, storage] = await Promise.all([
    execGit(['rev-parse', '--git-common-dir'], { cwd }),
    execGit(['config', '--get', 'lfs.storage'], { cwd, okExitCodes: [0, 1] }),
  ]);
  const gitDir = resolve(cwd, commonDir.replace(/\n$/, ''));
  const configured = storage.replace(/\n$/, '');
  const base = configured === '' ? join(gitDir, 'lfs') : isAbsolute(configured) ? configured : join(gitDir, configured);
  return join(base, 'objects');
}

/** The local copy of LFS object `oid` (git-lfs docs/spec.md: `objects/<oid[0:2]>/<oid[2:4]>/<oid>`). */
export function readLfsObject(objectsDir: string, oid: string): BlobContent {
  let fd: number;
  try {
    fd = openSync(join(objectsDir, oid.slice(0, 2), oid.slice(2, 4), oid), 'r');
  } catch {
    return MISSING; // not fetched (git lfs fetch), or never stored here
  }
  try {
    const size = fstatSync(fd).size;
    const data = Buffer.allocUnsafe(size <= MAX_CONTENT_BYTES ? size : BINARY_PROBE);
    let got = 0;
    while (got < data.length) {
      const n = readSync(fd, data, got, data.length - got, got);
      if (n === 0) break;
      got += n;
    }
    // A file shorter than it was a moment ago is read as what is there.
    const read = data.subarray(0, got);
    return classify(read, size, size <= MAX_CONTENT_BYTES ? read : undefined);
  } finally {
    closeSync(fd);
  }
}
