import { execGit } from './execGit.js';

/**
 * A remote-tracking branch (`origin/main`) whose history contains `commit` (full id), or null:
 * the commit was pushed, as far as the last fetch knows (git-for-each-ref(1) --contains).
 */
export async function findRemoteRefContaining(cwd: string, commit: string): Promise<string | null> {
  const out = await execGit(
    ['for-each-ref', '--count=1', '--format=%(refname:short)', `--contains=${commit}`, 'refs/remotes/'],
    { cwd },
  );
  return out.replace(/\n$/, '') || null;
}

/** Whether any remote-tracking ref exists: without one nothing counts as pushed and no lookup is needed. */
export async function hasRemoteTrackingRefs(cwd: string): Promise<boolean> {
  const out = await execGit(['for-each-ref', '--count=1', '--format=%(refname)', 'refs/remotes/'], { cwd });
  return out.trim() !== '';
}
