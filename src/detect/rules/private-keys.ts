/**
 * PEM and PGP private keys (secret-formats.md §46; gitleaks privatekey.go, noseyparker pem.yml).
 * The secret is the whole armored block, BEGIN to the END line with the same label, also in its
 * JSON-escaped form (`\n` as two characters, as in GCP service-account files) and written as
 * string literals over several lines of code (privateKeyBody.ts takes the quotes out).
 *
 * Linear time: the body may contain `-` but never the first dash of `-----`, so a BEGIN's match
 * attempt stops at the next armor line; and its length is bounded. A BEGIN followed by megabytes of
 * base64 and no END therefore costs at most one bounded pass, never a retry from every position.
 */
import type { Rule } from '../types.js';
import { privateKeyBody } from './privateKeyBody.js';
import { privateKeySamples } from './privateKeySamples.js';

/** Longest body accepted: a 4096-bit RSA PEM is ~3.2 KB, PGP blocks with subkeys some more. */
const MAX_BODY = 32_768;

/**
 * Base64, whitespace, JSON escapes (`\n`), header lines (`DEK-Info: AES-128-CBC,…`, `Version: …`),
 * and the quotes of a key written as string literals, one per line: C/C++ adjacent literals
 * (`"MII…\n"` newline `"…"`), Java/Go/JS concatenation (`"…\n" +`), template literals (issue 12).
 */
const BODY = String.raw`(?:[A-Za-z0-9+/=\s\\:,."'\x60]|-(?!----)){1,${MAX_BODY}}`;

/** spansLines of an armored block: it opens with its BEGIN line; the body and two armor lines. */
const BLOCK_SPAN = { opener: '-----BEGIN ', length: MAX_BODY + 128 };

function armored(label: string): RegExp {
  return new RegExp(`-----BEGIN (${label})-----${BODY}-----END \\1-----`, 'g');
}

// No page of its own: a private key is revoked where its public half is trusted (a Git host's SSH
// keys, authorized_keys, a CA, a cloud console), so the advice says "where it was issued".
const remediation = {};

export const privateKeyRules: readonly Rule[] = [
  {
    id: 'private-key',
    provider: 'Private key',
    description: 'PEM private key (PKCS#1, PKCS#8, encrypted PKCS#8, SEC1, DSA, OpenSSH)',
    keywords: ['private key-----'],
    pattern: armored('(?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY'),
    spansLines: BLOCK_SPAN,
    validate: privateKeyBody,
    placeholderCheck: false,
    severity: 'block',
    validation: 'BEGIN/END lines with the same label around at least 64 base64 characters',
    remediation,
    samples: () => privateKeySamples('pem'),
  },
  {
    id: 'pgp-private-key-block',
    provider: 'Private key',
    description: 'ASCII-armored OpenPGP private key block',
    keywords: ['private key block-----'],
    pattern: armored('PGP PRIVATE KEY BLOCK'),
    spansLines: BLOCK_SPAN,
    validate: privateKeyBody,
    placeholderCheck: false,
    severity: 'block',
    validation: 'BEGIN/END lines with the same label around at least 64 base64 characters',
    remediation,
    samples: () => privateKeySamples('pgp'),
  },
];
