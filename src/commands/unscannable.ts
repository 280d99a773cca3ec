import { KeyguardError } from '../errors.js';
import { unscannableError, unscannableHint, unscannedNote } from '../messages.js';
import type { UnscannedFile } from '../report/types.js';

export type UnscannableMode = 'block' | 'note';

/** The note listing what was not scanned (none when everything was). */
export function unscannedNotes(unscanned: readonly UnscannedFile[]): string[] {
  return unscanned.length === 0 ? [] : [unscannedNote(unscanned)];
}

/**
 * onUnscannable "block": a hook that could not read everything fails closed (exit 2), names each
 * file and why, and says how to get past it on purpose (`bypass`, e.g. `git commit --no-verify`; commands that are not hooks have only the config).
 * Call after the report is written, so findings in what was read are shown too.
 */
export function enforceUnscannable(unscanned: readonly UnscannedFile[], mode: UnscannableMode, bypass?: string): void {
  if (mode === 'block' && unscanned.length > 0) {
    throw new KeyguardError('unscannable', unscannableError(unscanned), { hint: unscannableHint(bypass) });
  }
}
