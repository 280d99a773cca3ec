import { COMMIT_MSG, hookScript, PRE_COMMIT, PRE_PUSH } from '../../src/init/hookScript.js';

/** The shipped hooks/ scripts (copied by hand into .git/hooks) carry exactly the text init writes. */
export const SHIPPED = {
  'pre-commit': [PRE_COMMIT, 'Exit codes: 0 clean, 1 secret found (commit refused), 2 keyguard could not scan (commit refused).'],
  'pre-push': [PRE_PUSH, 'git passes the remote\'s name and URL as arguments and the refs on stdin (githooks(5)); keyguard gets both.'],
  'commit-msg': [COMMIT_MSG, 'git passes the path of the file holding the proposed commit message (githooks(5)).'],
} as const;

export function shippedHook(name: keyof typeof SHIPPED): string {
  const [target, note] = SHIPPED[name];
  return [
    '#!/bin/sh',
    `# keyguard ${name} hook for repositories that do not use husky (keyguard init writes the same lines).`,
    `# Install:  cp node_modules/keyguard/hooks/${name} .git/hooks/${name} && chmod +x .git/hooks/${name}`,
    `# ${note}`,
    hookScript(target),
  ].join('\n');
}
