import { KeyguardError } from '../errors.js';
import { remoteSilent } from '../messages.js';
import { execGit } from './execGit.js';

/** Without output for this long, the remote is taken as unreachable (git killed, caller falls back). */
const IDLE_TIMEOUT_MS = 10_000;

/**
 * The object ids `url` advertises now, every ref (branches, tags and their peeled commits, pull
 * request refs…): `git ls-remote <url>` prints `<id> TAB <ref>` per ref (git-ls-remote(1)). It asks
 * the URL itself, not the remote-tracking refs, which may be stale or belong to another URL
 * (`git remote set-url`, a pushurl, `git push <url>`). No credential prompt and a bounded wait
 * (execGit `remote`): a hook must never hang; a failure rejects and the caller scans more.
 */
export async function listRemoteIds(cwd: string, url: string): Promise<string[]> {
  // --end-of-options: a URL starting with `-` is still a URL (`--upload-pack=…` would run a command).
  const started = Date.now();
  const out = await execGit(['ls-remote', '--end-of-options', url], { cwd, remote: { idleTimeoutMs: IDLE_TIMEOUT_MS } }).catch((error: unknown) => {
    // Killed for silence, git has no message of its own to give (exit code null).
    if (Date.now() - started < IDLE_TIMEOUT_MS) throw error;
    throw new KeyguardError('git', remoteSilent(IDLE_TIMEOUT_MS / 1000), { cause: error });
  });
  const ids = new Set<string>();
  for (const line of out.split('\n')) {
    const id = line.slice(0, line.indexOf('\t'));
    if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(id)) ids.add(id);
  }
  return [...ids];
}
