import { describe, expect, it } from 'vitest';
import { planPlainHook } from '../../../src/init/planPlainHook.js';

const LINE = 'npx --no -- keyguard check-staged';
const MARKER = /\bkeyguard\s+check-staged\b/;

describe('planPlainHook', () => {
  it('creates an executable-style script with a shebang', () => {
    expect(planPlainHook(null, LINE, MARKER)).toBe(`#!/bin/sh\n${LINE}\n`);
  });
  it('appends to an existing hook', () => {
    expect(planPlainHook('#!/bin/sh\nnpm run lint', LINE, MARKER)).toBe(`#!/bin/sh\nnpm run lint\n${LINE}\n`);
  });
  it('goes before an exec, which would never return to a line after it', () => {
    expect(planPlainHook('#!/bin/sh\nexec npm test\n', LINE, MARKER)).toBe(`#!/bin/sh\n${LINE}\nexec npm test\n`);
  });
  it('changes nothing when keyguard is already there', () => {
    expect(planPlainHook(`#!/bin/sh\n${LINE}\n`, LINE, MARKER)).toBeNull();
  });
});
