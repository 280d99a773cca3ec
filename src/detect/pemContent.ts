/**
 * A `*.pem` / `*.key` judged by what it holds (issue 12): PEM armor labels (RFC 7468 §2, "textual
 * encodings") say whether a block is public. A certificate, a public key, a CRL or a certificate
 * request is published by design; any other label (every `… PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`,
 * `OPENSSH PRIVATE KEY`, unknown ones) keeps the file a secret. Pure: the caller passes the file's
 * added lines (a new file's whole content).
 */

/** RFC 7468 §5–§13 public labels, plus OpenSSL's `TRUSTED CERTIFICATE`/`NEW CERTIFICATE REQUEST`, RFC 4880 §6.2's PGP public block and parameter blocks (no key). */
const PUBLIC_LABELS = new Set([
  'CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE', 'X509 CRL', 'CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST',
  'PUBLIC KEY', 'RSA PUBLIC KEY', 'PGP PUBLIC KEY BLOCK', 'PKCS7', 'CMS', 'DH PARAMETERS', 'EC PARAMETERS', 'ATTRIBUTE CERTIFICATE',
]);

/** `-----BEGIN LABEL-----` / `-----END LABEL-----` (label: RFC 7468 §3 `label` ABNF, bounded). */
const ARMOR = /^-----(BEGIN|END) ([A-Z0-9][A-Z0-9 #-]{0,60})-----/;
/** A line of base64 body (RFC 7468 §3: lines of at most 64 characters; 16 is well below any key line). */
const BODY_LINE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/**
 * OpenSSL's text dump of a private key (`openssl rsa|ec|pkey -text`): `Private-Key: (2048 bit…)`,
 * then `privateExponent:` (RSA) or `priv:` (EC, Ed25519) over hex lines no base64 test sees.
 */
const PRIVATE_KEY_TEXT = /Private-Key:|^privateExponent:|^priv:/;

/**
 * True only when the text holds at least one public block and nothing that could be key material:
 * no other label, and no base64 body line outside a public block (an edit inside an existing private
 * key shows as body lines without armor). Binary (DER, PKCS#12) or empty added text has no public
 * block: not public, the file keeps blocking.
 */
export function holdsOnlyPublicPem(text: string): boolean {
  let inPublic = false;
  let blocks = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const armor = ARMOR.exec(line);
    if (armor !== null) {
      if (!PUBLIC_LABELS.has(armor[2] ?? '')) return false;
      inPublic = armor[1] === 'BEGIN';
      if (inPublic) blocks++;
    } else if (!inPublic && (BODY_LINE.test(line) || PRIVATE_KEY_TEXT.test(line))) {
      return false;
    }
  }
  return blocks > 0;
}
