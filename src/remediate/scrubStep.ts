import type { NextStep } from './stepCounter.js';

/**
 * The one command for a key that is in history: `keyguard scrub` writes the git filter-repo
 * expressions file (0600, outside the work tree) and prints the exact rewrite and force-push
 * commands, so the advice never asks the user to write a file listing the key by hand.
 */
export const SCRUB_COMMAND = 'npx keyguard scrub --write-replacements ../keyguard-replacements.txt';

export function scrubStep(next: NextStep): string[] {
  return [
    `  ${next()}. Remove the committed key from history: ${SCRUB_COMMAND}`,
    '     (writes a git filter-repo expressions file and prints the exact commands; the key itself is never printed)',
  ];
}
