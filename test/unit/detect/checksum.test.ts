import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../../src/detect/checksum/base32.js';
import { encodeBase62 } from '../../../src/detect/checksum/base62.js';
import { crc32 } from '../../../src/detect/checksum/crc32.js';

describe('crc32 (CRC-32/ISO-HDLC)', () => {
  it('matches the catalogue check value and zlib vectors', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
    expect(crc32('a')).toBe(0xe8b7be43);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });

  it('hashes bytes and strings alike, and returns an unsigned value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32('a')).toBeGreaterThan(0x7fffffff); // high bit set, still positive
  });
});

describe('encodeBase62', () => {
  it('uses the digits-upper-lower alphabet, most significant first', () => {
    expect(encodeBase62(2 ** 32 - 1, 6)).toBe('4gfFC3');
    expect(encodeBase62(61, 1)).toBe('z');
    expect(encodeBase62(62, 1)).toBe('10');
    expect(encodeBase62(36, 1)).toBe('a');
  });

  it('pads with zeros to the width (checksums with leading zeros)', () => {
    expect(encodeBase62(0, 6)).toBe('000000');
    expect(encodeBase62(62 * 62, 6)).toBe('000100');
  });

  it('rejects values it cannot encode', () => {
    expect(() => encodeBase62(-1, 6)).toThrow(RangeError);
    expect(() => encodeBase62(1.5, 6)).toThrow(RangeError);
  });
});

describe('encodeBase32 (RFC 4648, unpadded)', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);

  it('matches the RFC 4648 §10 test vectors', () => {
    expect(encodeBase32(ascii(''))).toBe('');
    expect(encodeBase32(ascii('f'))).toBe('MY');
    expect(encodeBase32(ascii('fo'))).toBe('MZXQ');
    expect(encodeBase32(ascii('foo'))).toBe('MZXW6');
    expect(encodeBase32(ascii('foob'))).toBe('MZXW6YQ');
    expect(encodeBase32(ascii('fooba'))).toBe('MZXW6YTB');
    expect(encodeBase32(ascii('foobar'))).toBe('MZXW6YTBOI');
  });

  it('encodes a SHA-256 digest (the GitHub fine-grained PAT checksum input)', () => {
    const digest = createHash('sha256').update('abc').digest();
    expect(encodeBase32(digest)).toBe('XJ4BNP4PAHH6UQKBIDPF3LRCEOYAGYNDSYLXVHFUCD7WD4QACWWQ');
  });
});
