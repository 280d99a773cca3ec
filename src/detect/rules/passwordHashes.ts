/**
 * Password hashes where a password-named key is set: test data for importing hashed passwords
 * (appwrite's users tests: `'password' => '<md5 of appwrite>', // appwrite`, scrypt hashes next to
 * `'passwordSalt'`, `'passwordSignerKey'`). A hash is no credential anyone can sign in with, and
 * these are hashes of a word the line itself names; issue 12's sweep found 8 blocked.
 */
import { lazyCrypto } from '../../sha256.js';

/** Hex digest lengths of MD5, SHA-1, SHA-256 and SHA-512 (RFC 1321, FIPS 180-4). */
const DIGESTS: Readonly<Record<number, string>> = { 32: 'md5', 40: 'sha1', 64: 'sha256', 128: 'sha512' };

/** Keys that only a hashed-password record has: its salt, cost and algorithm settings. */
const HASH_SETTING = /password[_-]?(?:salt|version|cpu|memory|parallel|length|hash(?:er|ing)?|algo(?:rithm)?|signer)|salt[_-]?separator|signer[_-]?key/i;

/** A comment after the value on its line: `//`, `#`, `--`, `/*`. */
const COMMENT = /(?:\/\/|#|--|\/\*)(.{1,200})/;

/**
 * True when the value at `match` (the password-named key's, `value`) is a hash: the hex digest of a
 * word in the comment after it on the same line or of a word of its record (NEIGHBOURHOOD), or a
 * value whose record (the next 300 characters) holds hashed-password settings. A hash of a word
 * written beside it hides nothing.
 */
export function isPasswordHash(value: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  if (HASH_SETTING.test(match.input.slice(end, end + 300))) return true;
  const algorithm = DIGESTS[value.length];
  if (algorithm === undefined || !/^[0-9a-f]+$/i.test(value)) return false;
  // The rest of the line, at most 256 characters: no search to the end of a hostile long line.
  const comment = COMMENT.exec(match.input.slice(end, end + 256).split('\n', 1)[0]!)?.[1] ?? '';
  // And the words around the record: Symfony's in-memory users map a name to the SHA-1 of that same
  // name (`'foo' => ['password' => sha1('foo'), 'roles' => …]`, SecurityBundle fixtures; issue 12).
  const around = match.input.slice(Math.max(0, match.index - NEIGHBOURHOOD), end + NEIGHBOURHOOD).replace(value, '');
  const words = new Set([...(comment.match(/[^\s,;()'"`]{1,64}/g) ?? []), ...(around.match(/[A-Za-z0-9_.@-]{1,64}/g) ?? [])]);
  const digest = value.toLowerCase();
  return [...words].some((word) => lazyCrypto().createHash(algorithm).update(word, 'utf8').digest('hex') === digest);
}

/** How far around the value its record's words are read: a user entry of a few keys. */
const NEIGHBOURHOOD = 160;
