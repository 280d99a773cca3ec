/**
 * RFC 4648 base32 (upper case A–Z, 2–7), without padding. GitHub fine-grained PATs carry the first
 * 8 characters of base32(SHA-256(first 77 characters)) as a checksum (mongodb/kingfisher PR #342).
 */
export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 of `bytes`, unpadded: every 5 bits become one character, the last group zero-filled. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32_ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  if (bits > 0) out += BASE32_ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}
