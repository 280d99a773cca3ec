/**
 * Offline checks of Microsoft's "identifiable" secrets (secret-formats.md §0.6, §7), ported from
 * microsoft/security-utilities (IdentifiableMetadata.cs, IdentifiableSecrets.cs). Both checks were
 * verified on public leaked keys: 4/4 storage keys, 7/7 `8Q~` Entra secrets.
 */
import { marvin32, marvinSeed } from '../checksum/marvin.js';

/** `AzureStorageAccountChecksumSeed`: "Default0" as a little-endian ulong. */
const STORAGE_SEED = marvinSeed(0x44656661756c7430n);
/** `AadClientAppChecksumSeed`: "AadPwd00". */
const ENTRA_SEED = marvinSeed(0x4161645077643030n);
/** `AadClientPasswordCharacterSet`, the alphabet of Entra secrets and of their checksum. */
export const ENTRA_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~';

/**
 * `IdentifiableSecrets.ValidateChecksum`: the last 4 decoded bytes are the little-endian Marvin32 of
 * the bytes before them. `key` is standard base64 (88 characters for a 64-byte key).
 */
export function storageKeyChecksumOk(key: string): boolean {
  const bytes = Buffer.from(key, 'base64');
  if (bytes.length < 8) return false;
  return marvin32(bytes.subarray(0, bytes.length - 4), STORAGE_SEED) === bytes.readUInt32LE(bytes.length - 4);
}

/** `CustomAlphabetEncoder.Encode`: most significant digit first, padded to 6 with the first letter. */
function encodeEntra(value: number): string {
  let out = '';
  let rest = value;
  while (rest > 0) {
    out = ENTRA_ALPHABET.charAt(rest % ENTRA_ALPHABET.length) + out;
    rest = Math.floor(rest / ENTRA_ALPHABET.length);
  }
  return out.padStart(6, ENTRA_ALPHABET.charAt(0));
}

/**
 * `IsAzureAadClientAppIdentifiableSecret`: an `8Q~` secret ends with the first 3 characters of the
 * encoded Marvin32 (Latin-1 bytes) of everything before them.
 */
export function entraChecksum(head: string): string {
  return encodeEntra(marvin32(Buffer.from(head, 'latin1'), ENTRA_SEED)).slice(0, 3);
}

/** A 64-byte identifiable key with a valid storage checksum (for samples): 86 characters + `==`. */
export function storageKeyFrom(randomBytes: Uint8Array, signature: string): string {
  const bytes = Buffer.alloc(64);
  Buffer.from(randomBytes).copy(bytes, 0, 0, 57);
  Buffer.from(signature, 'base64').copy(bytes, 57);
  bytes.writeUInt32LE(marvin32(bytes.subarray(0, 60), STORAGE_SEED), 60);
  return bytes.toString('base64');
}
