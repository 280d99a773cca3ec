/**
 * Does the value of `api_key = …` look machine-generated? The generic rule has no prefix or
 * checksum to lean on, so it keeps only values that are neither code (identifiers, paths, URLs,
 * templates) nor labelled data (hashes, numbers, docs samples), and that are random enough.
 * Tells from gitleaks generic-api-key (entropy 3.5, identifier allowlists) and secret-formats.md
 * Appendix B.
 */
import { shannonEntropy } from '../entropy.js';
import { deleet, isPlaceholder } from '../placeholder.js';
import { isTrivialPassword } from './credentialJudge.js';
import { isPublicDocsSample } from './docsSamples.js';
import { isDerPublic } from './privateKeyStructure.js';

/**
 * `$VAR`, `${VAR}`, a bcrypt/argon hash (`$2b$…`), `%VAR%`, `%(name)s`, `@scope/pkg` or `@host`
 * (what follows `<password>` in a URL template), a YAML anchor or alias (`&defaults`, `*defaults`),
 * `~/…`, `./…`, `C:\…`, a URL.
 */
const CODE_START = /^(?:[$@]|%[A-Za-z_(]|[&*][A-Za-z_][\w-]*$|~\/|\.{1,2}\/|[A-Za-z]:\\)|:\/\//;
/** `/usr/local/etc`, `/api/v1/users`: segments of lower-case words; base64 segments mix cases. */
const PATH = /^\/[a-z0-9._/-]*$/;
/** Subresource-integrity and labelled digests (`sha512-…`, `sha256:…`, lockfiles, Docker). */
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b?)[-:_]/i;
/**
 * Words typed where the value goes, and literals of code; `invalid` marks a value made to fail
 * (supertokens' `"MAKE_INVALID…"` refresh token; issue 12's eighth sweep).
 */
const WORDS =
  /passw|secret|token|api_?key|your|example|sample|synthetic|dummy|fake|test|invalid|xxxx|changeme|todo|placeholder|redacted|foobar|lorem|undefined|null|none|true|false/i;
/**
 * A password hash in Django's stored form, `<hasher>$<iterations or params>$<salt>$<hash>`
 * (django/contrib/auth/hashers.py: pbkdf2_sha256, pbkdf2_sha1, argon2, bcrypt_sha256, bcrypt,
 * scrypt, md5, sha1), as in fixtures that seed users (django-oauth-toolkit's seed.json; issue 12's
 * eighth sweep): what a login is checked against, not the password.
 */
const DJANGO_HASH = /^(?:pbkdf2_sha(?:1|256)|argon2|bcrypt(?:_sha256)?|scrypt|md5|sha1)\$/;
/**
 * The first part of a Bitwarden EncString, `<encType>.<base64 IV>|<data>|<mac>` (bitwarden/server's
 * EncString and its tests' `_mockEncrypted…` values; issue 12's tenth sweep): a 16-byte IV, public
 * by design, after the encryption type.
 */
const ENC_STRING_IV = /^[0-9]{1,2}\.[A-Za-z0-9+/]{22}==$/;
/** `config.auth.token`, `this.password`, `os.environ.get`: a property path. */
const DOTTED = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
/** `fooBarBaz`, `FooBarBaz`, optional trailing digits: an identifier. */
const CAMEL = /^[a-z]+(?:[A-Z][a-z]+)+[0-9]*$|^(?:[A-Z][a-z]+){2,}[0-9]*$/;
/** One part of `snake_case`, `kebab-case`, `CONSTANT_CASE`, `dotted.words`. */
const WORD_PART = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)[0-9]{0,3}$|^[0-9]{1,4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
const BASE64 = /^[A-Za-z0-9+/]{8,}={0,2}$/;

/**
 * Stripe publishable keys are public by design (they ship in web pages; stripe.ts reports none).
 * Token prefixes of other providers are no reason to drop a value here: the provider's rule judges
 * the values it recognises (generalRules.ts claimPrefixes), and a prefix no rule recognises (`sk_`,
 * `sk-` without OpenAI's marker) is someone else's key (issue 12).
 */
const PUBLIC_PREFIX = /^pk_(?:live|test)_/;
/**
 * Key identifiers that authenticate nothing without their secret: Twilio account and API key SIDs
 * (`AC`/`SK` + 32 hex), printed by Twilio's docs and kept as `TWILIO_API_KEY=SK…` (twilio.ts reports
 * secrets), and Scaleway access keys (`SCW` + 17, kept as `SCW_ACCESS_KEY`; scaleway.ts reports the
 * secret key next to them).
 */
const KEY_IDENTIFIER = /^(?:(?:AC|SK)[0-9a-f]{32}|SCW[A-Z0-9]{17})$/;

/**
 * An `owner/name` id of words: Hugging Face model and dataset ids (`Qwen/Qwen3-Embedding-0.6B`,
 * `meta-llama/Llama-3.1-8B-Instruct`), Docker images, GitHub repositories. A slash and `-`, `.` or
 * `_` together are in neither base64 alphabet (RFC 4648 §4 has `/`, §5 has `-` and `_`), and a
 * word of five or more letters among short parts is typed, not drawn. issue 12 found
 * huggingface_hub's `_prepare_url("hf_token", "Qwen/…")` blocked.
 */
function isSlashedName(value: string): boolean {
  if (!value.includes('/') || !/[._-]/.test(value)) return false;
  const parts = value.split(/[/._-]/);
  return parts.length >= 3 && parts.every((part) => part.length <= 16) && parts.some((part) => /^[A-Z]?[a-z]{4,}$/.test(part));
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Mixed-case values split into words, acronyms and numbers (`PKCS7PrivateKeyTypes` → PKCS, 7,
 * Private, Key, Types): identifiers average 4+ characters a part, random base62 under 2 (4.0 is
 * its 99.9th percentile at 16–24 characters, simulated).
 */
const PART = /[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[A-Z]/g;
const MIN_WORD_PART = 4;

function madeOfWords(value: string): boolean {
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  const parts = value.replace(/[^A-Za-z0-9]/g, ' ').match(PART) ?? [];
  return parts.length > 0 && parts.join('').length / parts.length >= MIN_WORD_PART;
}

function isIdentifier(value: string): boolean {
  if (DOTTED.test(value) || CAMEL.test(value) || madeOfWords(value)) return true;
  const parts = value.split(/[_.-]/);
  return parts.length >= 2 && parts.every((part) => part === '' || WORD_PART.test(part));
}

/**
 * 1st percentile of the Shannon entropy of random strings, simulated (20,000 draws per length):
 * base62 ≥ 3.38 at 16 characters, base36 ≥ 3.13; hex only reaches 2.70 at 16 and 3.27 at 32, hence
 * its own, lower curve. Capped at gitleaks' 3.5 (3.0 for hex). About 1% of real keys of the
 * shortest lengths fall below; typed words and repeated filler fall far below.
 */
export function minEntropy(value: string): number {
  const bits = Math.log2(value.length);
  return HEX.test(value) ? Math.min(3.0, bits - 1.4) : Math.min(3.5, bits - 0.9);
}

/** `bm90IG15IHJlYWwg…` is base64 of "not my real …": a base64 value is judged by what it says. */
function decodesToPlaceholder(value: string): boolean {
  if (value.length % 4 !== 0 || !BASE64.test(value)) return false;
  const text = Buffer.from(value, 'base64').toString('latin1');
  // Or words joined by `_`, `-` or spaces (`wrong_regexp_…`: symfony's access-token tests; issue 12).
  return /^[\x20-\x7e]+$/.test(text) && (WORDS.test(text) || isTrivialPassword(text) || /^[a-z]{2,}(?:[_ -][a-z]{2,})+$/i.test(text));
}

/**
 * Hex of readable text (`7468697320…`: kratos' identity tests put a sentence in an id token field):
 * three or more words of printable ASCII, where random bytes are mostly unprintable.
 */
function decodesToProse(value: string): boolean {
  if (value.length < 16 || value.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(value)) return false;
  const text = Buffer.from(value, 'hex').toString('latin1');
  return /^[\x20-\x7e\t\r\n]+$/.test(text) && (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 3 && text.includes(' ');
}

/** `MIIBIjANBgkq…`: a base64 public key or certificate (DER) is published by design (issue 12). */
function decodesToPublicKey(value: string): boolean {
  return /^M[C-I]/.test(value) && BASE64.test(value) && isDerPublic(Buffer.from(value, 'base64'));
}

/**
 * A marker string of an issue reproduction (`ISSUE-17040-TEXT-FILE-ONLY-9f31c7`, vercel/ai): an
 * issue/bug/ticket word and number, then dash- or underscore-separated words or numbers and at most
 * one short random tail (≤ 8 characters). A longer random part still counts as a secret.
 * Segments are delimited by the separators, so the pattern is linear.
 */
const ISSUE_MARKER =
  /^(?:issue|bug|ticket)[-_#]?[0-9]{1,7}(?:[-_](?:[A-Z]{1,12}|[A-Z]?[a-z]{1,12}|[0-9]{1,8}))*(?:[-_][A-Za-z0-9]{1,8})?$/i;
/** `%XX` escapes of ASCII punctuation and space (RFC 3986 §2.1): what URL-encoder tests encode. */
const PUNCTUATION_ESCAPE = /%(?:2[0-9A-F]|3[A-F]|40|5[B-F]|60|7[B-E])/gi;
/** Fewer escapes than this are a password that merely contains `%40` or `%23`. */
const MIN_ESCAPES = 3;
/** Below this many characters, what the escapes leave is too short to be a secret on its own. */
const MIN_REMAINDER = 8;

/**
 * A URL-encoding test vector (`%2F%3D%26…`, `Hello%20World%21%3F%26`): at least three escaped
 * punctuation characters, and what remains between them is short, or words, or a placeholder.
 * A password with a few `%40` keeps a long random remainder and stays a finding.
 */
function isEncodingTest(value: string): boolean {
  const escapes = value.match(PUNCTUATION_ESCAPE);
  if (escapes === null || escapes.length < MIN_ESCAPES) return false;
  // The escapes separate what remains, as `-` does in kebab-case: words between them are a test.
  const remainder = value.replace(PUNCTUATION_ESCAPE, '-');
  return remainder.length - escapes.length < MIN_REMAINDER || isPlaceholder(remainder) || !looksGenerated(remainder);
}

/** A value that could be a generated secret: see the file comment for what is excluded. */
export function looksGenerated(value: string): boolean {
  return (
    // Letters and digits, or both cases: 6% of random 16-character base62 keys have no digit.
    /[A-Za-z]/.test(value) &&
    (/[0-9]/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value))) &&
    !CODE_START.test(value) &&
    !PATH.test(value) &&
    !DIGEST.test(value) &&
    !DJANGO_HASH.test(value) &&
    !ENC_STRING_IV.test(value) &&
    !WORDS.test(value) &&
    !PUBLIC_PREFIX.test(value) &&
    !KEY_IDENTIFIER.test(value) &&
    !isSlashedName(value) &&
    // `!process.env.CF_BUCKET ||`: a negated expression of code (discord.js), not a literal.
    !isIdentifier(value.replace(/^!+/, '')) &&
    !decodesToProse(value) &&
    shannonEntropy(value) >= minEntropy(value) &&
    !decodesToPlaceholder(value) &&
    !decodesToPublicKey(value) &&
    !isPublicDocsSample(value) &&
    !ISSUE_MARKER.test(value) &&
    !isEncodingTest(value) &&
    !repeatsRun(value)
  );
}

/**
 * The same run of this many characters twice in one value: a test key pasted into itself
 * (supertokens' `"<key>--<key>--<key>-"` and `"<key>--<9 of its characters><8 others>"`; issue 12's
 * eighth sweep). In a random value of 128 characters a repeat has odds of about 128² / 2 × 62^-8 ≈ 4e-11
 * (base62), 128² / 2 × 16^-8 ≈ 2e-6 (hex).
 */
const REPEATED_RUN = 8;

function repeatsRun(value: string): boolean {
  // Not in base64 of JSON (`eyJ…`, a JWT) or long encodings: aligned repeats of structured data
  // (a JWT's issuer and audience URLs) are no sign of typing.
  if (value.length > 128 || value.startsWith('eyJ')) return false;
  const seen = new Set<string>();
  for (let i = 0; i + REPEATED_RUN <= value.length; i++) {
    const run = value.slice(i, i + REPEATED_RUN);
    if (seen.has(run)) return true;
    seen.add(run);
  }
  return false;
}

/**
 * Beyond doubt machine-made: 32+ hex digits, or 20+ characters mixing upper case, lower case and
 * digits. Docs and tests type shorter or one-case values (`lsdkfol23w54jlksdef`, oauthlib's
 * examples), which the generic rules only warn about.
 */
export function clearlyGenerated(value: string): boolean {
  if (HEX.test(value)) return value.length >= 32;
  return value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && !typedWithYear(value);
}

/**
 * A person's password: words in leetspeak, then a year, maybe a symbol (`BbCl0udW0rkspace2024`,
 * `AwsR00tAccess2024#`: bitwarden's seed data, 25 blocks in issue 12's tenth sweep). Mixed case and
 * digits, but chosen: a warning, as typed values are. A random key ends in such a year with odds
 * of about 70 × 62^-4 ≈ 5e-6, and its other characters must all read as letters.
 */
function typedWithYear(value: string): boolean {
  const body = value.replace(/[!#$%&*?@.]{1,2}$/, '');
  const year = Number(body.slice(-4));
  if (!/^[0-9]{4}$/.test(body.slice(-4)) || year < 1960 || year > 2049) return false;
  return /^[a-z_-]{4,}$/i.test(deleet(body.slice(0, -4)));
}
