/**
 * CRC-32/ISO-HDLC (IEEE 802.3, zlib's `crc32`, Go's `crc32.ChecksumIEEE`): reflected polynomial
 * 0xEDB88320, init and final XOR 0xFFFFFFFF. GitHub and npm tokens end in this CRC of their random
 * body, base62-encoded (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/).
 */

/** One entry per byte value: the CRC of that byte alone, so the loop does one lookup per byte. */
const TABLE: Uint32Array = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
}

const encoder = new TextEncoder();

/** CRC-32 of the UTF-8 bytes of `data` (tokens are ASCII, so bytes = characters), unsigned. */
export function crc32(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  let crc = 0xffffffff;
  for (const byte of bytes) {
    // `?? 0` only satisfies noUncheckedIndexedAccess: `(crc ^ byte) & 0xff` is always 0..255.
    crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
