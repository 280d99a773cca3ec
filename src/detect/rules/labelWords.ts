/**
 * Labels of label-bound rules as lists of words (`[['heroku'], ['', 'api'], ['key', 'token']]`):
 * joined by `_`, `-` or nothing, in any case (`HEROKU_API_KEY`, `herokuApiKey`, `heroku-token`); an
 * empty string makes a word optional.
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
 * Every spelling of the words in lower case, as keywords: for labels whose first word is too common
 * to be a keyword alone (`secret` of `secret_access_key`: the rule would run on every text holding
 * the word). Keep the lists short: each keyword costs the pre-filter (keywords.ts) a little.
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
