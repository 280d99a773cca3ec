import { KeyguardError } from '../errors.js';
import { listRemoteIds } from '../git/listRemoteIds.js';
import { localCommits } from '../git/localCommits.js';
import { NO_REMOTE_URL, remoteUnknownNote } from '../messages.js';
import { isZeroId, type PushUpdate } from './parsePushLines.js';

/** The commits a push must not rescan, and why the view is partial when it is. */
export interface RemoteView {
  /** Local commits the remote is known to hold (full ids). */
  readonly exclude: readonly string[];
  readonly note?: string;
}

/**
 * What the remote at `url` already has, as proven for that URL. git's pre-push input gives each
 * remote ref's current object as the remote advertised it for this very push (githooks(5)
 * "pre-push"): trustworthy. When every pushed ref already exists there and we have its old tip,
 * those tips are all we need: an ordinary push costs no extra connection. A new ref (or an old tip
 * we never fetched) needs the remote's other refs, and remote-tracking refs are not proof (stale,
 * or another URL's after `git remote set-url`, a pushurl, `git push <url>`): ask the URL
 * (`git ls-remote`). If that fails, scan everything the pushed commits reach except the advertised
 * tips, and say so.
 */
export async function remoteHas(root: string, updates: readonly PushUpdate[], url: string | undefined): Promise<RemoteView> {
  const advertised = updates.map((u) => u.remoteId).filter((id) => !isZeroId(id));
  const known = await localCommits(root, advertised);
  const pushing = updates.filter((u) => !isZeroId(u.localId));
  if (pushing.every((u) => known.has(u.remoteId))) return { exclude: [...new Set(known.values())] };
  const listed = await askRemote(root, url);
  if (typeof listed === 'string') return { exclude: [...new Set(known.values())], note: remoteUnknownNote(url, listed) };
  const there = await localCommits(root, [...advertised, ...listed]);
  return { exclude: [...new Set(there.values())] };
}

/** The ids `url` advertises, or why they could not be had. */
async function askRemote(root: string, url: string | undefined): Promise<string[] | string> {
  if (url === undefined) return NO_REMOTE_URL;
  try {
    return await listRemoteIds(root, url);
  } catch (error) {
    if (!(error instanceof KeyguardError)) throw error;
    return error.message.split('\n').find((line) => line.trim() !== '') ?? error.message;
  }
}
