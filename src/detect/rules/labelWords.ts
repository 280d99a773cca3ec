/**
 * Labels of label-bound rules as lists of words (`[['heroku'], ['', 'api'], ['key', 'token']]`):
 * joined by `_`, `-` or nothing, in any case (`HEROKU_API_KEY`, `herokuApiKey`, `heroku-token`); an
 * empty string makes a word optional. One list gives both the regex source and the keywords, so every
 * label the pattern accepts contains a keyword.
 */
import { anyCase } from './labels.js';

export type LabelWords = readonly (readonly string[])[];

/** Regex source of the label (the first word is required). */
export function labelSource(words: LabelWords): string {
  return words
    .map((options, index) => {
      const alternatives = `(?:${options.filter((word) => word !== '').map(anyCase).join('|')})`;
      if (index === 0) return alternatives;
      return options.includes('') ? `(?:[_-]?${alternatives})?` : `[_-]?${alternatives}`;
    })
    .join('');
}

/**
 * Every spelling of the label in lower case, as keywords. Label-bound rules use these rather than a
 * bare provider name: general rules yield to any variable name holding a specific rule's keyword
 * (generalRules.ts), and `heroku` would silence the generic rule on `HEROKU_DB_PASSWORD=…`.
 */
export function labelKeywords(words: LabelWords): string[] {
  let out = [''];
  for (const options of words) {
    out = out.flatMap((head) =>
      options.flatMap((word) => (word === '' ? [head] : head === '' ? [word] : ['', '_', '-'].map((sep) => head + sep + word))),
    );
  }
  return [...new Set(out)];
}
