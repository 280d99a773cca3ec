/**
 * The body check of an armored private key, in place of the shared placeholder check: DER bodies
 * hold long `AAAA` runs (zero bytes), which placeholder.ts would take for filler.
 */
import { pemBegin } from './pemArmor.js';

/** The docs' tells are a truncated body (`MIIE...`) or a few dozen characters of filler. */
const MIN_BASE64 = 64;
/** 64 random base64 characters show ~40 distinct ones; `xxxx…` or `AAAA…` filler shows 1–3. */
const MIN_DISTINCT = 20;
const BASE64 = /^[A-Za-z0-9+/=]+$/;
const OPENSSH_BEGIN = pemBegin('OPENSSH PRIVATE KEY');
/**
 * Every OpenSSH key body decodes to the magic `openssh-key-v1\0` (OpenSSH PROTOCOL.key), which is
 * this base64 prefix (secret-formats.md §46 [V]); a body without it was typed or truncated.
 */
export const OPENSSH_MAGIC = 'b3BlbnNzaC1rZXktdjEA';
/**
 * PKCS#1 (RFC 8017 A.1.2), PKCS#8 and its encrypted form (RFC 5958 §2-3), SEC1 (RFC 5915 §3) and
 * OpenSSL's DSA key are each one DER SEQUENCE: the body's first byte is 0x30, whose base64 starts
 * with `M` (`MII…` for any real key size); what opens the SEQUENCE: opensLikePrivateKey. A body starting otherwise was typed or mangled on
 * purpose: traefik's "bad content" fixture (dynamic_https.toml) holds an RSA label around random
 * base64 to test that a broken key is refused (issue 12's third sweep).
 */
const DER_BEGIN = /^-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/;

/**
 * The first element inside that SEQUENCE: each of these private keys opens with its version, a
 * one-byte INTEGER 0 or 1 (`02 01 00`, `02 01 01`); an encrypted PKCS#8 key with its algorithm, a
 * SEQUENCE (`30`). A body opening otherwise is no private key: google-auth-library-python's "fake
 * keys for regex check" wrap the start of an RSA *public* key (a 257-byte modulus INTEGER) in
 * private-key armor (issue 12's fifth sweep).
 */
function opensLikePrivateKey(payload: string, block: string): boolean {
  if (!payload.startsWith('M')) return false;
  const head = Buffer.from(payload.slice(0, 12), 'base64');
  // The SEQUENCE's length: one byte below 0x80, else 0x81/0x82 and that many bytes (X.690 §8.1.3).
  const at = head[1]! < 0x80 ? 2 : 2 + (head[1]! & 0x7f);
  if (block.startsWith('-----BEGIN ENCRYPTED')) return head[at] === 0x30;
  return head[at] === 0x02 && head[at + 1] === 0x01 && head[at + 2]! <= 1;
}

/**
 * Where one string literal ends and the next begins: `"` newline `"` (C/C++ adjacent literals,
 * Python in parentheses), `" +` newline `"` (Java, Go, JS), `"\` newline `"` (a C macro's line
 * continuation); the next literal may carry a prefix (Python `b"…"`, C/C++ `L"…"`, `u8"…"`).
 * What stays between the literals must be nothing else: a `" + body + "` around a variable keeps
 * its quotes and fails the base64 test below.
 */
const LITERAL_GLUE = /["'\x60]\s*(?:[+\\]\s*)?(?:u8|[bBrRuUfFL]{1,2})?["'\x60]/g;
/** A backslash ending a line inside one literal (C, Rust, Python): the literal goes on. */
const LINE_CONTINUATION = /\\\r?\n/g;

/** True when the block between its BEGIN and END lines holds a plausible base64 key. */
export function privateKeyBody(block: string): boolean {
  const bodyStart = block.indexOf('-----', '-----BEGIN '.length) + '-----'.length;
  const bodyEnd = block.lastIndexOf('-----END');
  const lines = block
    .slice(bodyStart, bodyEnd)
    .replace(LITERAL_GLUE, '')
    .replace(LINE_CONTINUATION, '')
    // JSON-escaped newlines (`\n`, or `\\n` when escaped twice) separate lines too; JSON may
    // escape `/` as `\/` (PHP's json_encode does by default).
    .replace(/\\+[nrt]/g, '\n')
    .replace(/\\+\//g, '/')
    .split('\n');
  // Header lines: `Proc-Type: 4,ENCRYPTED`, `DEK-Info: …` (PEM), `Version: …` (PGP armor).
  const base64 = lines.filter((line) => !line.includes(':'));
  const payload = base64.join('').replace(/\s+/g, '');
  if (block.startsWith(OPENSSH_BEGIN) && !payload.startsWith(OPENSSH_MAGIC)) return false;
  // Without headers (which encrypt the body: RFC 1421), a PKCS#1, PKCS#8 or SEC1 body is DER.
  if (DER_BEGIN.test(block) && base64.length === lines.length && !opensLikePrivateKey(payload, block)) return false;
  return payload.length >= MIN_BASE64 && BASE64.test(payload) && new Set(payload).size >= MIN_DISTINCT;
}
