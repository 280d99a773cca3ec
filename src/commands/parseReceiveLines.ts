import { KeyguardError } from '../errors.js';
import { badReceiveLine } from '../messages.js';
import { isObjectId } from './parsePushLines.js';

/** One line of git's pre-receive input (githooks(5) "pre-receive"). */
export interface RefUpdate {
  /** What the ref holds now; all zeros when the push creates it. */
  readonly oldId: string;
  /** What the push sets it to; all zeros for a deletion. */
  readonly newId: string;
  readonly ref: string;
}

/**
 * `<old-value> SP <new-value> SP <ref-name> LF` per ref the push updates. A ref name holds no
 * space (git-check-ref-format(1)), and both ids are full names of the repository's one object
 * format (the same length). Anything else fails closed: git wrote it, so it is not git's input.
 */
export function parseReceiveLines(input: string): RefUpdate[] {
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line, i) => {
    const [oldId = '', newId = '', ref = '', ...rest] = line.split(' ');
    if (!isObjectId(oldId) || !isObjectId(newId) || oldId.length !== newId.length || ref === '' || rest.length > 0) {
      throw new KeyguardError('usage', badReceiveLine(i + 1));
    }
    return { oldId, newId, ref };
  });
}
