import { readFileSync } from 'node:fs';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';

/**
 * What a GitHub Actions event says the run is about, as far as mode pull-request needs it. The
 * payloads are GitHub's ("Webhook events and payloads": pull_request, merge_group, push):
 * - a pull request adds the commits reachable from `pull_request.head.sha` and not from
 *   `pull_request.base.sha` (merge commits included); pull_request_target carries the same fields;
 * - a merge queue group: `merge_group.head_sha` over `merge_group.base_sha`;
 * - a push moves `ref` from `before` to `after`: all zeros for `before` when it creates the ref,
 *   for `after` when it deletes it; `forced` when `before` is no ancestor of `after`.
 */
export type EventRange =
  | { readonly kind: 'range'; readonly what: 'pull request' | 'merge group' | 'push'; readonly base: string; readonly head: string; readonly forced: boolean; readonly ref?: string; readonly defaultBranch?: string }
  | { readonly kind: 'new-ref'; readonly head: string; readonly ref: string; readonly defaultBranch: string }
  | { readonly kind: 'deleted' };

/** A full object name: SHA-1 or SHA-256 (gitformat-signature… git-hash-function-transition). */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO_ID = /^0+$/;

/** The event file named by GITHUB_EVENT_PATH, parsed; a missing or broken file is an error (exit 2). */
export function readEvent(path: string | undefined): unknown {
  if (path === undefined || path === '') throw new KeyguardError('usage', messages.NO_EVENT_PATH);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new KeyguardError('io', messages.eventUnreadable(path, error instanceof Error ? error.message : String(error)), { cause: error });
  }
}

/** The commits `payload` of event `name` asks to scan; throws for an event that names none. */
export function eventRange(name: string, payload: unknown): EventRange {
  switch (name) {
    case 'pull_request':
    case 'pull_request_target':
      return { kind: 'range', what: 'pull request', base: objectId(payload, name, 'pull_request', 'base', 'sha'), head: objectId(payload, name, 'pull_request', 'head', 'sha'), forced: false };
    case 'merge_group':
      return { kind: 'range', what: 'merge group', base: objectId(payload, name, 'merge_group', 'base_sha'), head: objectId(payload, name, 'merge_group', 'head_sha'), forced: false };
    case 'push':
      return pushRange(payload);
    default:
      throw new KeyguardError('usage', messages.unsupportedEvent(name));
  }
}

function pushRange(payload: unknown): EventRange {
  const after = objectId(payload, 'push', 'after');
  if (ZERO_ID.test(after) || field(payload, 'deleted') === true) return { kind: 'deleted' };
  const before = objectId(payload, 'push', 'before');
  const ref = text(payload, 'push', 'ref');
  const defaultBranch = text(payload, 'push', 'repository', 'default_branch');
  if (ZERO_ID.test(before)) return { kind: 'new-ref', head: after, ref, defaultBranch };
  return { kind: 'range', what: 'push', base: before, head: after, forced: field(payload, 'forced') === true, ref, defaultBranch };
}

function field(payload: unknown, ...path: string[]): unknown {
  let at = payload;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function text(payload: unknown, event: string, ...path: string[]): string {
  const value = field(payload, ...path);
  if (typeof value !== 'string' || value === '' || /[\0\n]/.test(value)) throw new KeyguardError('usage', messages.eventFieldMissing(event, path.join('.')));
  return value;
}

/** Checked, so nothing but an object id ever reaches git (never an option such as `--all`). */
function objectId(payload: unknown, event: string, ...path: string[]): string {
  const value = text(payload, event, ...path);
  if (!OBJECT_ID.test(value)) throw new KeyguardError('usage', messages.eventFieldMissing(event, path.join('.')));
  return value;
}
