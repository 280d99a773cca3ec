import { describe, expect, it } from 'vitest';
import { planPrePushHook, PUSH_HOOK_COMMAND } from '../../../src/init/planFiles.js';

describe('planPrePushHook', () => {
  it('creates the one-line hook that passes git\'s arguments on', () => {
    expect(planPrePushHook(null)).toBe('npx --no -- keyguard check-push "$@"\n');
  });
  it('appends to an existing hook, and changes nothing when keyguard is already there', () => {
    expect(planPrePushHook('npm test')).toBe(`npm test\n${PUSH_HOOK_COMMAND}\n`);
    expect(planPrePushHook(`npm test\n${PUSH_HOOK_COMMAND}\n`)).toBeNull();
  });
});
