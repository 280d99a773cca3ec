/**
 * Recognises strings that have a key's shape but were typed by a person: docs examples, templates,
 * `.env.example` values. Tells from secret-formats.md Appendix B and gitleaks' allowlists.
 *
 * Every check must be rare on real random keys, because a false "placeholder" lets a leak through.
 * Per 150-character base64url key, a given 6-letter word appears by chance with probability about
 * 150 × 32^-6 ≈ 1.4e-7, a 4-letter one about 1.4e-4: hence short words only count between
 * separators (`-your-`, `_fake_`), and filler runs must be long.
 */
import { shannonEntropy } from './entropy.js';

/** `xxxxxx`, `000000`, `******`, `......`, `…`: filler chars repeated, or any char 8 times. */
const FILLER = /([xX0*.#])\1{5}|(.)\2{7}|\.{3}|\*{3}|\u2026/;

/** Long words: rare enough in random text to match anywhere, in any case. */
const LONG_WORDS = /example|sample|placeholder|changeme|redacted|insert|replace/i;

/** Short words: only between separators (`sk-your-key`, `ghp_fake_token`). */
const SHORT_WORDS = /[-_.](?:your|fake|dummy|mock)[-_.]/i;

/** Template syntax: `<your key>`, `${OPENAI_API_KEY}`, `{{ secret }}`, `%(key)s`. */
const TEMPLATE = /<[^<>\s]*>|\$\{|\{\{|%\([^()]*\)s/;

/** Alphanumeric runs that step by one code point: `abcdef`, `123456`, `FEDCBA`. */
const SEQUENCE_LENGTH = 6;

/** Below this (bits per char) a string of 16+ chars is repetitive; real 20-char AWS ids stay above 2.5. */
const MIN_ENTROPY = 2;

export function isPlaceholder(secret: string): boolean {
  return (
    FILLER.test(secret) ||
    LONG_WORDS.test(secret) ||
    SHORT_WORDS.test(secret) ||
    TEMPLATE.test(secret) ||
    hasSequence(secret, SEQUENCE_LENGTH) ||
    (secret.length >= 16 && shannonEntropy(secret) < MIN_ENTROPY)
  );
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when `length` consecutive alphanumerics each differ from the previous by +1 (or each by -1). */
function hasSequence(text: string, length: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const prev = text.charCodeAt(i - 1);
    const code = text.charCodeAt(i);
    const both = isAlphanumeric(prev) && isAlphanumeric(code);
    up = both && code === prev + 1 ? up + 1 : 1;
    down = both && code === prev - 1 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}
