/**
 * Quote a path for a POSIX shell command we print for the user to copy. File names
 * are hostile input (spaces, quotes, `$`, newlines, a leading `-`): single quotes
 * make every byte literal, and `'\''` closes, escapes and reopens for a quote.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(value) && !value.startsWith('-')) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
