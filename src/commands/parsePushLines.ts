import { KeyguardError } from '../errors.js';
import { badPushLine } from '../messages.js';

/** One line of git's pre-push input (githooks(5) "pre-push"). */
export interface PushUpdate {
  readonly localRef: string;
  /** Object the remote ref is set to; all zeros for a deletion. */
  readonly localId: string;
  readonly remoteRef: string;
  /** What the remote ref holds now; all zeros when it does not exist (a new branch or tag). */
  readonly remoteId: string;
}

/** Full SHA-1 or SHA-256 object names, as git writes them on this input. */
const ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * `<local ref> SP <local object name> SP <remote ref> SP <remote object name> LF` per ref being
 * pushed. Ref names cannot hold a space (git-check-ref-format(1)), but the local side is whatever
 * the user typed, so the three fixed fields are taken from the right. Anything else fails closed.
 */
export function parsePushLines(input: string): PushUpdate[] {
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line, i) => {
    const fields = line.split(' ');
    const [remoteId = '', remoteRef = '', localId = ''] = fields.splice(-3).reverse();
    const localRef = fields.join(' ');
    if (localRef === '' || remoteRef === '' || !ID.test(localId) || !ID.test(remoteId)) {
      throw new KeyguardError('usage', badPushLine(i + 1));
    }
    return { localRef, localId, remoteRef, remoteId };
  });
}

/** A full object name as git writes it on hook input (SHA-1 or SHA-256). */
export function isObjectId(text: string): boolean {
  return ID.test(text);
}

/** The all-zeros name git uses for "no object" (a deletion, or a ref the remote lacks). */
export function isZeroId(id: string): boolean {
  return /^0+$/.test(id);
}
