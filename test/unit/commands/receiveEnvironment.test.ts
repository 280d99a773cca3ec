import { describe, expect, it } from 'vitest';
import { pushOptions, pusherName, skipReason } from '../../../src/commands/receiveEnvironment.js';

describe('the pre-receive environment', () => {
  it('reads the push options git-receive-pack passes, in order', () => {
    expect(pushOptions({ GIT_PUSH_OPTION_COUNT: '2', GIT_PUSH_OPTION_0: 'ci.skip', GIT_PUSH_OPTION_1: 'keyguard.skip=x' })).toEqual(['ci.skip', 'keyguard.skip=x']);
    expect(pushOptions({})).toEqual([]);
    expect(pushOptions({ GIT_PUSH_OPTION_COUNT: 'lots' })).toEqual([]);
  });

  it('finds keyguard.skip and its reason; the last one wins; other options are not it', () => {
    expect(skipReason(['keyguard.skip=  fixture ', 'x'])).toBe('fixture');
    expect(skipReason(['keyguard.skip'])).toBe('');
    expect(skipReason(['keyguard.skip=a', 'keyguard.skip=b'])).toBe('b');
    expect(skipReason(['keyguard.skipped=a', 'keyguard.skip.x', 'other'])).toBeUndefined();
  });

  it('names the pusher as the hosting software tells it, else the system account', () => {
    expect(pusherName({ GL_USERNAME: 'alice', USER: 'git' })).toBe('alice');
    expect(pusherName({ GITEA_PUSHER_NAME: 'bob', USER: 'git' })).toBe('bob');
    expect(pusherName({ REMOTE_USER: 'carol' })).toBe('carol');
    expect(pusherName({ GL_USERNAME: '', USER: 'git' })).toBe('git (system account)');
    expect(pusherName({})).toBeUndefined();
  });
});
