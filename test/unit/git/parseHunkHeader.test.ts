import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { parseHunkHeader } from '../../../src/git/parseHunkHeader.js';

describe('parseHunkHeader', () => {
  it('reads counts, an omitted count meaning 1', () => {
    expect(parseHunkHeader('@@ -0,0 +1,3 @@')).toEqual({ oldCount: 0, newStart: 1, newCount: 3 });
    expect(parseHunkHeader('@@ -2 +2,2 @@ a')).toEqual({ oldCount: 1, newStart: 2, newCount: 2 });
    expect(parseHunkHeader('@@ -3,0 +5 @@ @@ +9,9 @@')).toEqual({ oldCount: 0, newStart: 5, newCount: 1 });
    expect(parseHunkHeader('@@ -1,2 +0,0 @@')).toEqual({ oldCount: 2, newStart: 0, newCount: 0 });
  });

  it('rejects a combined-diff or malformed header, without quoting it', () => {
    expect(() => parseHunkHeader('@@@ -1 -1 +1 @@@')).toThrow(KeyguardError);
    expect(() => parseHunkHeader('@@ -1 +x @@ secret-ish')).toThrow(/^unexpected hunk header in git's diff output$/);
  });
});
