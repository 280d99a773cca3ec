/**
 * Well-known public sample keys (provider docs, SDK test fixtures) are recognised by a hash prefix:
 * the rule files then hold no key material, and a real key shares a 64-bit prefix with one of them
 * with negligible probability.
 */
import { lazyCrypto } from '../../sha256.js';

/** First 16 hex characters of SHA-256(`text`). */
export function hashPrefix(text: string): string {
  return lazyCrypto().createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A `validate` that rejects the listed public samples. */
export function notKnownSample(hashes: ReadonlySet<string>): (secret: string) => boolean {
  return (secret) => !hashes.has(hashPrefix(secret));
}
