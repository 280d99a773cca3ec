/**
 * Where a rule with a `lineWindow` runs (Rule.lineWindow): each line of `text` as [start, end)
 * offsets, and a line longer than `window` as windows of that length, each starting a quarter
 * window before the previous one ended, so a match of up to a quarter window that a window cuts
 * lies whole in the next one. A pattern then never reads more than `window` characters per match
 * attempt, whatever it is (a custom rule's pattern that backtracks polynomially: issue 10, item 13).
 * Linear in the text: every character is in at most two windows.
 */
import type { Stretch } from './types.js';

export function lineWindows(text: string, window: number): Stretch[] {
  const step = window - Math.floor(window / 4);
  const windows: Stretch[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    for (let from = start; ; from += step) {
      // Matches starting in the last quarter are the next window's: it holds them whole.
      if (from + window >= end) {
        windows.push([from, end]);
        break;
      }
      windows.push([from, from + window, from + step]);
    }
    start = end + 1;
  }
  return windows;
}
