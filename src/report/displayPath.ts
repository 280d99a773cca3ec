/**
 * A file name as it may be shown on a terminal. File names are hostile input: a name holding
 * ESC sequences could rewrite the screen (hide a finding, fake "0 blocking"), and bidi controls
 * can reorder what is shown (CVE-2021-42574, "Trojan Source"). Control and bidi characters are
 * shown escaped; machine formats (JSON, SARIF) keep the exact name.
 */
export const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function displayPath(path: string): string {
  return path.replace(UNSAFE, (ch) => NAMED[ch] ?? `\\u{${ch.charCodeAt(0).toString(16)}}`);
}
