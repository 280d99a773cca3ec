import { describe, expect, it } from 'vitest';
import { isZeroId, parsePushLines } from '../../../src/commands/parsePushLines.js';

const A = 'a'.repeat(40);
const Z = '0'.repeat(40);

describe('parsePushLines', () => {
  it('reads githooks(5) pre-push lines, SHA-1 and SHA-256', () => {
    const B = 'b'.repeat(64);
    expect(parsePushLines(`refs/heads/main ${A} refs/heads/main ${Z}\n(delete) ${Z} refs/heads/old ${A}\nHEAD~1 ${B} refs/heads/x ${B}\n`)).toEqual([
      { localRef: 'refs/heads/main', localId: A, remoteRef: 'refs/heads/main', remoteId: Z },
      { localRef: '(delete)', localId: Z, remoteRef: 'refs/heads/old', remoteId: A },
      { localRef: 'HEAD~1', localId: B, remoteRef: 'refs/heads/x', remoteId: B },
    ]);
    expect(parsePushLines('')).toEqual([]);
  });

  it.each([`refs/heads/main ${A} refs/heads/main`, `refs/heads/main ${A.slice(1)} refs/heads/main ${Z}`, `x ${A} y ${A}\r`])(
    'fails closed on %j',
    (line) => expect(() => parsePushLines(`${line}\n`)).toThrow(/line 1 of git's pre-push input/),
  );

  it('knows the all-zeros id', () => {
    expect(isZeroId(Z)).toBe(true);
    expect(isZeroId(A)).toBe(false);
  });
});
