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
import { hasForeignPlaceholder } from './placeholderPhrases.js';

/** `xxxxxx`, `000000`, `******`, `......`, `…`: filler chars repeated, or any char 8 times. */
const FILLER = /([xX0*.#])\1{5}|(.)\2{7}|\.{3}|\*{3}|\u2026/;

/**
 * Long words: rare enough in random text to match anywhere, in any case. `notactual`/`notreal`: a
 * value that says so (synapse's TURN docs, `n0t4ctuAlly…shar3d5ecret…` in leetspeak; issue 12's
 * tenth sweep).
 */
const LONG_WORDS = /example|sample|placeholder|changeme|redacted|insert|replace|notactual|notreal/i;
/**
 * The same words in leetspeak (`P@55w0rd_3x4mpl3`: anthropic-cookbook's password-advice dataset;
 * issue 12): digits and symbols read as the letters they stand for.
 */
const LEET: Readonly<Record<string, string>> = { '@': 'a', '4': 'a', '5': 's', $: 's', '0': 'o', '3': 'e', '7': 't' };

/**
 * `text` with leetspeak read back as letters. `1` stands for `l` in the placeholder words above
 * (`3x4mp1e`) and for `i` in passwords (`adm1n`); `extra` adds such readings (credentialJudge.ts).
 */
export function deleet(text: string, extra: Readonly<Record<string, string>> = { '1': 'l' }): string {
  return text.replace(/[@45$0317!8]/g, (c) => extra[c] ?? LEET[c] ?? c);
}
/**
 * Hex words of programmers' filler (`…95deadbeefe7774f`: aider's website example key; issue 12).
 * Eight fixed hex digits: 150 × 16^-8 ≈ 3.5e-8 per key, as rare as the long words.
 */
const HEX_FILLER = /deadbeef|cafebabe|feedface|badc0ffee|0123456789abcdef/i;

/**
 * Hex of bytes that count up or down, `0102030405…1f20` ("a 32-byte hex string" in nextjs-auth0's
 * tests; issue 12's eighth sweep): 6 bytes in a row, read at either offset. Five steps of one in
 * 256 each: 2 × 256 × 256^-5 ≈ 5e-10 per value of 256 hex digits.
 */
const BYTE_SEQUENCE_LENGTH = 6;

/** Short words: only between separators (`sk-your-key`, `ghp_fake_token`). */
const SHORT_WORDS = /[-_.](?:your|fake|dummy|mock)[-_.]/i;

/** Template syntax: `<your key>`, `${OPENAI_API_KEY}`, `{{ secret }}`, `%(key)s`. */
const TEMPLATE = /<[^<>\s]*>|\$\{|\{\{|%\([^()]*\)s/;

/** Alphanumeric runs that step by one code point: `abcdef`, `123456`, `FEDCBA`. */
const SEQUENCE_LENGTH = 6;
/**
 * The same run in alternating case, `AbCdEfGh` (issue 12): each step has 2 chances in 62 instead
 * of 1, so the run must be longer to stay as rare in random keys (150 × (2/62)^7 ≈ 5e-9).
 */
const MIXED_CASE_SEQUENCE_LENGTH = 8;
/**
 * The alphabet with digits or symbols between its letters, `A1bC2dE3fH4iJ5kL6…` (appwrite's SDK
 * tests; issue 12): the letters alone step by one. Longer again, as the letters of a random key
 * are 26-way choices whatever stands between them (150 × 26^-9 ≈ 3e-11).
 */
const INTERLEAVED_SEQUENCE_LENGTH = 10;

/**
 * One short pattern typed over and over (`abc123abc123abc123`, `Ab12Ab12Ab12Ab12`): at least three
 * times a period of at most 12 characters; entropy alone misses it (`abc123` is 2.6 bits a
 * character). A random string repeats its first 12 characters three times with odds 62^-24.
 * Used on one part of a token (a JWT's signature, jwtClaims.ts), where no prefix breaks the run.
 */
const MAX_PERIOD = 12;
const MIN_REPEATS = 3;

/** Below this (bits per char) a string of 16+ chars is repetitive; real 20-char AWS ids stay above 2.5. */
const MIN_ENTROPY = 2;

export function isPlaceholder(secret: string): boolean {
  return (
    FILLER.test(secret) ||
    LONG_WORDS.test(secret) ||
    LONG_WORDS.test(deleet(secret)) ||
    HEX_FILLER.test(secret) ||
    SHORT_WORDS.test(secret) ||
    TEMPLATE.test(secret) ||
    hasSequence(secret, SEQUENCE_LENGTH) ||
    hasByteSequence(secret) ||
    hasSequence(secret.toLowerCase(), MIXED_CASE_SEQUENCE_LENGTH) ||
    hasSequence(secret.toLowerCase().replace(/[^a-z]/g, ''), INTERLEAVED_SEQUENCE_LENGTH) ||
    hasForeignPlaceholder(secret) ||
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

/** True when `text` is hex (16+ digits) holding BYTE_SEQUENCE_LENGTH bytes that each step by +1 (or each by -1). */
function hasByteSequence(text: string): boolean {
  if (text.length < 16 || !/^[0-9a-f]+$/i.test(text)) return false;
  for (let offset = 0; offset < 2; offset++) {
    let up = 1;
    let down = 1;
    for (let i = offset + 2; i + 2 <= text.length; i += 2) {
      const prev = parseInt(text.slice(i - 2, i), 16);
      const byte = parseInt(text.slice(i, i + 2), 16);
      up = byte === prev + 1 ? up + 1 : 1;
      down = byte === prev - 1 ? down + 1 : 1;
      if (up >= BYTE_SEQUENCE_LENGTH || down >= BYTE_SEQUENCE_LENGTH) return true;
    }
  }
  return false;
}

/** True when all of `text` is one pattern of at most 12 characters repeated (the last copy may be cut short). */
export function repeatsShortPattern(text: string): boolean {
  for (let period = 1; period <= MAX_PERIOD && period * MIN_REPEATS <= text.length; period++) {
    let i = period;
    while (i < text.length && text.charCodeAt(i) === text.charCodeAt(i - period)) i++;
    if (i === text.length) return true;
  }
  return false;
}
