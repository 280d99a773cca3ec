import { KeyguardError } from '../errors.js';
import { isShallowRepository } from '../git/isShallowRepository.js';
import { localCommits } from '../git/localCommits.js';
import * as messages from '../messages.js';
import type { EventRange } from './githubEvent.js';

/** What mode pull-request scans: the commits reachable from `include` and from none of `exclude`. */
export interface ResolvedRange {
  readonly include: string;
  readonly exclude: readonly string[];
  /** The commit whose keyguard config and baseline apply (what the commits build on); none on a first push. */
  readonly configFrom: string | undefined;
  readonly what: 'pull request' | 'merge group' | 'push';
}

/**
 * The event's commits, checked against this clone, failing closed (exit 2, with the fix) whenever
 * the clone cannot show them all: a shallow clone (its boundary commits read as if they added
 * their whole tree, and commits beyond it are missing), or a base or head commit it lacks.
 */
export async function resolveRange(root: string, event: Exclude<EventRange, { kind: 'deleted' }>): Promise<ResolvedRange> {
  if (await isShallowRepository(root)) throw missing(messages.ACTION_SHALLOW);
  if (event.kind === 'new-ref') return newRef(root, event.head, event.ref, event.defaultBranch);
  const found = await localCommits(root, [event.base, event.head]);
  if (!found.has(event.head)) throw missing(messages.actionCommitMissing('head', event.head));
  if (!found.has(event.base)) {
    // A forced push's old tip is unreachable once the ref moved: checkout fetches only live refs.
    if (event.forced && event.ref !== undefined && event.defaultBranch !== undefined) return newRef(root, event.head, event.ref, event.defaultBranch);
    throw missing(messages.actionCommitMissing('base', event.base));
  }
  return { include: event.head, exclude: [event.base], configFrom: event.base, what: event.what };
}

/**
 * A push that created `ref` (or force-moved it past a tip we lack): everything not on the default
 * branch. Not "not on any other ref": two branches pushed at once with the same new commits would
 * then each exclude the other and neither would be scanned. The default branch's own first push
 * has nothing to compare with: all of its history.
 */
async function newRef(root: string, head: string, ref: string, defaultBranch: string): Promise<ResolvedRange> {
  if (ref === `refs/heads/${defaultBranch}`) return { include: head, exclude: [], configFrom: undefined, what: 'push' };
  // actions/checkout names its remote "origin"; with fetch-depth 0 it fetches every branch there.
  const names = [`refs/remotes/origin/${defaultBranch}`, `refs/heads/${defaultBranch}`];
  const found = await localCommits(root, names);
  const tip = names.map((name) => found.get(name)).find((id) => id !== undefined);
  if (tip === undefined) throw missing(messages.actionRefMissing(defaultBranch));
  return { include: head, exclude: [tip], configFrom: tip, what: 'push' };
}

function missing(message: string): KeyguardError {
  return new KeyguardError('git', message, { hint: messages.FETCH_DEPTH_HINT });
}
