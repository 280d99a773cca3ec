/** Offline checksums of GitHub tokens (secret-formats.md §0.1, §0.2; Appendix A reference code). */
import { sha256 } from '../../sha256.js';
import { encodeBase32 } from '../checksum/base32.js';
import { encodeBase62 } from '../checksum/base62.js';
import { crc32 } from '../checksum/crc32.js';

/**
 * The 6 characters ending a classic token: CRC-32 of the random body only (not the prefix),
 * base62, zero-padded (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/).
 */
export function classicChecksum(body: string): string {
  return encodeBase62(crc32(body), 6);
}

/**
 * Characters 77..84 of a fine-grained PAT: the first 8 base32 characters of SHA-256 over its first
 * 77 characters (mongodb/kingfisher PR #342; verified on 7 real tokens). 5 bytes = 8 characters.
 */
export function fineGrainedChecksum(first77: string): string {
  return encodeBase32(sha256(first77).subarray(0, 5));
}

const CLASSIC_APP_TOKEN = /^ghs_[A-Za-z0-9]{36}$/;
/** `ghs_<app id>_<JWT>`: a JWT has exactly two dots (github.blog changelog 2026-05-15). */
const STATELESS_APP_TOKEN = /^ghs_[A-Za-z0-9_]+\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+$/;

/**
 * `ghs_` tokens have no confirmed checksum, so the shape is all we check. It still rules out long
 * identifiers that merely start with `ghs_` (`ghs_installation_token_refresh_interval`).
 */
export function isAppInstallationToken(secret: string): boolean {
  return CLASSIC_APP_TOKEN.test(secret) || STATELESS_APP_TOKEN.test(secret);
}
