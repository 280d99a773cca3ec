import { KeyguardError } from '../errors.js';
import { UNSCANNABLE_HINT, unscannableError, unscannedNote } from '../messages.js';
import type { UnscannedFile } from '../report/types.js';

export type UnscannableMode = 'block' | 'note';

/** The note listing what was not scanned (none when everything was). */
export function unscannedNotes(unscanned: readonly UnscannedFile[]): string[] {
  return unscanned.length === 0 ? [] : [unscannedNote(unscanned)];
}

/**
 * onUnscannable "block": a command that could not read everything fails closed (exit 2) and names
 * each file and why; for the hooks the CLI adds how to bypass them consciously (--no-verify).
 * Call after the report is written, so findings in what was read are shown too.
 */
export function enforceUnscannable(unscanned: readonly UnscannedFile[], mode: UnscannableMode): void {
  if (mode === 'block' && unscanned.length > 0) {
    throw new KeyguardError('unscannable', unscannableError(unscanned), { hint: UNSCANNABLE_HINT });
  }
}
