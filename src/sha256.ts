import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/**
 * SHA-256 with node:crypto loaded on first use. A clean commit never hashes anything, and
 * loading node:crypto up front cost a few ms of the hook's start-up (npm run bench, case a).
 */
export function sha256(data: string): Buffer {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(data, 'utf8').digest();
}
