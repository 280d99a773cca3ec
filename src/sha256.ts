import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/**
 * node:crypto, loaded on first use. A clean commit never hashes anything, and loading
 * node:crypto up front cost a few ms of every hook run (npm run bench, case a): detector
 * modules that hash (checksums, docs-key lookups, JWT checks, samples) go through here.
 */
export function lazyCrypto(): Crypto {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto;
}

export function sha256(data: string): Buffer {
  return lazyCrypto().createHash('sha256').update(data, 'utf8').digest();
}
