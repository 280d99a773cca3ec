/**
 * Is a bare base64 blob (no armor lines) a private key? Decoded, its first bytes say so: the DER
 * structures of PKCS#8, PKCS#1 and SEC1 keys open with a small version INTEGER that public keys,
 * certificates and requests do not have, and an OpenSSH key file holds the `openssh-key-v1` magic
 * and a length-checked layout. Only well-formed structures count, most of their declared length
 * present, so a truncated docs body (`MIIEvQIBADAN...`) or a public key in the same shape stays
 * quiet (issue 12).
 */

interface Tlv {
  readonly tag: number;
  /** Offset of the contents and of the byte after them. */
  readonly start: number;
  readonly end: number;
}

/** A DER tag and length at `at` (X.690 §8.1; lengths of up to 3 bytes); its contents may run past `bytes`. */
function header(bytes: Uint8Array, at: number): Tlv | undefined {
  const tag = bytes[at];
  const first = bytes[at + 1];
  if (tag === undefined || first === undefined) return undefined;
  let length = first;
  let start = at + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count < 1 || count > 3) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  return { tag, start, end: start + length };
}

/** One whole DER tag-length-value at `at`, inside `bytes`. */
function tlv(bytes: Uint8Array, at: number): Tlv | undefined {
  const element = header(bytes, at);
  return element !== undefined && element.end <= bytes.length ? element : undefined;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
/** Shortest private parts: an X25519/Ed25519 seed is 32 bytes, a 160-bit SEC1 scalar 20, an RSA-512 modulus 64. */
const MIN_PKCS8_KEY = 32;
const MIN_SEC1_KEY = 20;
const MIN_PKCS1_MODULUS = 64;

/**
 * A key body may reach us without its last characters (copied short, or generated as a known
 * opening plus random base64 of about the right length): three quarters of the declared length
 * still hold most of the private material. Docs that shorten a body keep a line or two of it.
 */
export const MIN_PRESENT = 0.75;

/**
 * Bytes of the whole DER structure `bytes` starts, when it starts like a private key (a SEQUENCE
 * whose first element is the version INTEGER 0 or 1), else undefined: certificates and public
 * keys are turned away on their first bytes, before anything else is read.
 */
export function privateDerLength(bytes: Uint8Array): number | undefined {
  const outer = header(bytes, 0);
  if (outer?.tag !== SEQUENCE) return undefined;
  const at = outer.start;
  const versionOk = bytes[at] === INTEGER && bytes[at + 1] === 1 && (bytes[at + 2] === 0 || bytes[at + 2] === 1);
  return versionOk ? outer.end : undefined;
}

/**
 * The kind of DER private key `bytes` holds, or undefined:
 * - PKCS#8 PrivateKeyInfo / OneAsymmetricKey (RFC 5208 §5, RFC 5958 §2): SEQUENCE { INTEGER 0|1,
 *   AlgorithmIdentifier SEQUENCE, OCTET STRING privateKey, … };
 * - PKCS#1 RSAPrivateKey (RFC 8017 A.1.2) and OpenSSL's DSA key: SEQUENCE { INTEGER 0, INTEGER modulus, … };
 * - SEC1 ECPrivateKey (RFC 5915 §3): SEQUENCE { INTEGER 1, OCTET STRING privateKey, … }.
 * A SubjectPublicKeyInfo, certificate, CSR or CMS blob opens its SEQUENCE with another SEQUENCE or
 * an OID; an RSAPublicKey with the modulus; PKCS#12 with version 3; encrypted PKCS#8 with a SEQUENCE.
 */
export function derPrivateKeyKind(bytes: Uint8Array): 'pkcs8' | 'pkcs1' | 'sec1' | undefined {
  // The outer SEQUENCE covers all the data (no trailing bytes) and at least MIN_PRESENT of it is here.
  const outer = header(bytes, 0);
  if (outer?.tag !== SEQUENCE || outer.end < bytes.length || bytes.length < outer.end * MIN_PRESENT) return undefined;
  const version = tlv(bytes, outer.start);
  if (version?.tag !== INTEGER || version.end - version.start !== 1) return undefined;
  const number = bytes[version.start];
  const next = header(bytes, version.end);
  if (next === undefined || (number !== 0 && number !== 1)) return undefined;
  if (next.tag === SEQUENCE) {
    // The AlgorithmIdentifier is whole; the key after it may be cut short.
    const key = next.end <= bytes.length ? header(bytes, next.end) : undefined;
    return key?.tag === OCTET_STRING && key.end - key.start >= MIN_PKCS8_KEY ? 'pkcs8' : undefined;
  }
  if (number === 0 && next.tag === INTEGER) return next.end - next.start >= MIN_PKCS1_MODULUS ? 'pkcs1' : undefined;
  if (number === 1 && next.tag === OCTET_STRING) return next.end <= bytes.length && next.end - next.start >= MIN_SEC1_KEY ? 'sec1' : undefined;
  return undefined;
}

const BIT_STRING = 0x03;
/** A public exponent fits in a few bytes (65537 is 3); a modulus never does. */
const MAX_EXPONENT = 8;

/** The top-level elements of a complete DER SEQUENCE, or undefined. */
function sequenceElements(bytes: Uint8Array): Tlv[] | undefined {
  const outer = tlv(bytes, 0);
  if (outer?.tag !== SEQUENCE || outer.end !== bytes.length) return undefined;
  const elements: Tlv[] = [];
  for (let at = outer.start; at < outer.end; ) {
    const element = tlv(bytes, at);
    if (element === undefined || element.end > outer.end) return undefined;
    elements.push(element);
    at = element.end;
  }
  return elements;
}

/**
 * A complete DER public key or signed object, public by design: SubjectPublicKeyInfo (RFC 5280
 * §4.1: SEQUENCE { AlgorithmIdentifier, BIT STRING }), a certificate, CRL or CSR (SEQUENCE { to-be-signed
 * SEQUENCE, AlgorithmIdentifier, BIT STRING signature }), an RSAPublicKey (RFC 8017 A.1.1:
 * SEQUENCE { modulus, exponent }). Encrypted PKCS#8 ends in an OCTET STRING: not public.
 */
export function isDerPublic(bytes: Uint8Array): boolean {
  const elements = sequenceElements(bytes);
  if (elements === undefined || elements.length < 2) return false;
  const [first, second] = elements;
  if (first?.tag === SEQUENCE && elements.at(-1)?.tag === BIT_STRING) return elements.length <= 3;
  return (
    elements.length === 2 &&
    first?.tag === INTEGER &&
    second?.tag === INTEGER &&
    first.end - first.start >= MIN_PKCS1_MODULUS &&
    second.end - second.start <= MAX_EXPONENT
  );
}

/** `openssh-key-v1\0` (OpenSSH PROTOCOL.key). */
const OPENSSH_MAGIC = 'openssh-key-v1\0';

/** A big-endian uint32 at `at`, or -1 past the end. */
function uint32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) return -1;
  return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

/**
 * Bytes an OpenSSH key file takes by its own length fields (see below), or undefined when they do
 * not fit in `bytes`. Lets a body read from several lines be cut where the key ends.
 */
export function openSshLength(bytes: Uint8Array): number | undefined {
  let at = OPENSSH_MAGIC.length;
  const skip = (): boolean => {
    const length = uint32(bytes, at);
    at += 4 + length;
    return length >= 0 && at <= bytes.length;
  };
  if (!skip() || !skip() || !skip()) return undefined;
  const keys = uint32(bytes, at);
  at += 4;
  if (keys < 1 || keys > 16) return undefined;
  for (let i = 0; i <= keys; i++) if (!skip()) return undefined;
  return at;
}

/**
 * An OpenSSH private key file (PROTOCOL.key): magic, cipher name, KDF name, KDF options, the number
 * of keys, each public key, then the (possibly encrypted) private section, each a length-prefixed
 * string, ending exactly at the end of the data. Unencrypted, the private section starts with the
 * same random check integer twice.
 */
export function isOpenSshPrivateKey(bytes: Uint8Array): boolean {
  if (Buffer.from(bytes.subarray(0, OPENSSH_MAGIC.length)).toString('latin1') !== OPENSSH_MAGIC) return false;
  let at = OPENSSH_MAGIC.length;
  const strings: Uint8Array[] = [];
  const read = (): Uint8Array | undefined => {
    const length = uint32(bytes, at);
    if (length < 0 || at + 4 + length > bytes.length) return undefined;
    const value = bytes.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    return value;
  };
  for (let i = 0; i < 3; i++) {
    const value = read();
    if (value === undefined) return false;
    strings.push(value);
  }
  const keys = uint32(bytes, at);
  at += 4;
  if (keys < 1 || keys > 16) return false;
  for (let i = 0; i < keys; i++) if (read() === undefined) return false;
  const privateSection = read();
  if (privateSection === undefined || at !== bytes.length || privateSection.length < 8) return false;
  const cipher = Buffer.from(strings[0] ?? []).toString('latin1');
  return cipher !== 'none' || uint32(privateSection, 0) === uint32(privateSection, 4);
}
