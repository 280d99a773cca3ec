import { KeyguardError } from '../errors.js';
import { badReceiveLine, RECEIVE_NO_LINES } from '../messages.js';
import { isObjectId } from './parsePushLines.js';

/** One line of git's pre-receive input (githooks(5) "pre-receive"). */
export interface RefUpdate {
  /** What the ref holds now; all zeros when the push creates it. */
  readonly oldId: string;
  /** What the push sets it to; all zeros for a deletion. */
  readonly newId: string;
  readonly ref: string;
}

/** What git-check-ref-format(1) forbids in any ref name: ASCII control characters, DEL and space. */
const NOT_IN_A_REF = /[\u0000-\u0020\u007f]/;

/**
 * `<old-value> SP <new-value> SP <ref-name> LF` per ref the push updates. A ref name holds no
 * space or control character (git-check-ref-format(1)), and both ids are full names of the
 * repository's one object format (the same length). Anything else fails closed: git did not write it.
 */
export function parseReceiveLines(input: string): RefUpdate[] {
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  // git runs pre-receive only for a push that updates at least one ref: no line means lost input.
  if (lines.length === 0) throw new KeyguardError('usage', RECEIVE_NO_LINES);
  return lines.map((line, i) => {
    const [oldId = '', newId = '', ref = '', ...rest] = line.split(' ');
    if (!isObjectId(oldId) || !isObjectId(newId) || oldId.length !== newId.length || ref === '' || rest.length > 0 || NOT_IN_A_REF.test(ref)) {
      throw new KeyguardError('usage', badReceiveLine(i + 1));
    }
    return { oldId, newId, ref };
  });
}
