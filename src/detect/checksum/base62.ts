/**
 * Base62 as GitHub and npm use it for token checksums: digits, then upper case, then lower case,
 * most significant digit first, left-padded with '0' to a fixed width. Padding matters: a checksum
 * with leading zeros compared unpadded is a known bug (DataDog dd-sensitive-data-scanner PR #156).
 */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Encodes a non-negative safe integer, zero-padded to at least `width` characters. */
export function encodeBase62(value: number, width: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`encodeBase62 needs a non-negative safe integer, got ${value}`);
  }
  let out = '';
  let rest = value;
  do {
    out = BASE62_ALPHABET.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}
