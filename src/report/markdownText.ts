import { displayPath } from './displayPath.js';

/**
 * Text from a repository (file names, ref names, masked values) made inert in GitHub-flavoured
 * markdown, for a table cell or a line: control and bidi characters shown escaped (displayPath, so
 * no newline ends a table row), and each ASCII punctuation character that markdown gives a meaning
 * backslash-escaped (CommonMark 0.31 §2.4: any ASCII punctuation may be escaped). So `|` cannot
 * split a cell (GFM tables §4.10), and `<`, `[`, `` ` ``, `*`, `_`, `&`, `@`, `:` and `$` cannot
 * open HTML, a link, code, emphasis, an entity, a mention, an autolink or math. A file named
 * `a|b.env` is shown as such, nothing more.
 */
const PUNCTUATION = /[\\`*_{}[\]()<>#+\-.!|~&@:$^]/g;

export function markdownText(text: string): string {
  return displayPath(text).replace(PUNCTUATION, '\\$&');
}

/** A link when `url` is a plain https URL (what built-in rules carry), else the URL as inert text. */
export function markdownLink(label: string, url: string): string {
  return /^https:\/\/[\w.-]+(?:\/[\w.~%/=?&#+:-]*)?$/.test(url) ? `[${markdownText(label)}](${url})` : `${markdownText(label)} ${markdownText(url)}`;
}
