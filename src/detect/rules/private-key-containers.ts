/**
 * Private keys outside PEM armor (secret-formats.md §46): PuTTY `.ppk` files, PEM blocks wrapped
 * in one more layer of base64 (Kubernetes Secrets, CI variables), ssh.com's SSH2 armor, and a bare
 * base64 key body with its armor lines left out (`PRIVATE_KEY = "MIIEvQ…"`, issue 12).
 * Plain PEM/OpenSSH/PGP blocks are private-keys.ts.
 */
import type { Rule } from '../types.js';
import { privateKeyBody } from './privateKeyBody.js';
import { bodyFrom } from './bareKeyBody.js';
import { derPrivateKeyKind, isOpenSshPrivateKey, MIN_PRESENT, openSshLength, privateDerLength } from './privateKeyStructure.js';
import { containerSamples } from './privateKeyContainerSamples.js';

/** The PEM labels of private keys (private-keys.ts), found inside the decoded blob. */
const PEM_BLOCK = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY|PGP PRIVATE KEY BLOCK)-----[^]{1,32768}?-----END \1-----/;

/** Splits on real and JSON-escaped (`\n` as two characters) line breaks. */
const lines = (text: string): string[] => text.split(/\r?\n|\\r\\n|\\n/);

/** PuTTY's base64 key lines; the private part of an Ed25519 key is 48 characters, RSA far more. */
const MIN_PRIVATE_BASE64 = 44;
const MIN_DISTINCT = 16;

/**
 * PPK layout (PuTTY manual, appendix C): `Private-Lines: N` followed by N base64 lines, then
 * `Private-MAC:`. The lines must be real base64, not `...` or filler.
 */
function puttyPrivateLines(file: string): boolean {
  const all = lines(file);
  const at = all.findIndex((line) => line.startsWith('Private-Lines:'));
  const count = Number.parseInt(all[at]?.slice('Private-Lines:'.length) ?? '', 10);
  if (at < 0 || !(count > 0)) return false;
  const base64 = all.slice(at + 1, at + 1 + count).join('').trim();
  return base64.length >= MIN_PRIVATE_BASE64 && /^[A-Za-z0-9+/=]+$/.test(base64) && new Set(base64).size >= MIN_DISTINCT;
}

/** The decoded blob holds a complete private-key PEM block with a plausible body. */
function wrappedPem(blob: string): boolean {
  const block = PEM_BLOCK.exec(Buffer.from(blob, 'base64').toString('latin1'))?.[0];
  return block !== undefined && privateKeyBody(block);
}

/** ssh.com key blobs start with the magic 0x3f6ff9eb (`P2/56w` in base64), after header lines. */
function ssh2Body(block: string): boolean {
  const body = lines(block)
    .slice(1, -1)
    .filter((line) => !line.includes(':') && !line.endsWith('\\') && !line.endsWith('"'))
    .join('')
    .trim();
  return body.startsWith('P2/56w') && body.length >= 64 && new Set(body).size >= 20;
}

/**
 * A bare body: one run of base64 (a string literal, a YAML or .env value), bounded on both sides.
 * 64 characters hold the smallest key (Ed25519 PKCS#8, 48 bytes); 12,000 an 8192-bit RSA key.
 */
const bareBody = (start: string, minTail: number, maxTail: number): RegExp =>
  new RegExp(String.raw`(?<![A-Za-z0-9+/])${start}[A-Za-z0-9+/]{${minTail},${maxTail}}={0,2}(?![A-Za-z0-9+/=])`, 'g');

/**
 * The version INTEGER and the element after it, as base64 fixes them for each length of the outer
 * SEQUENCE's header (2, 3 or 4 bytes: `MC…`/`MH…`, `MIG…`/`MIH…`, `MII…`): `CAQAw`, `AgEAM`, `IBAD`
 * for PKCS#8 v0, and likewise for PKCS#8 v1, PKCS#1 (`IBAA`) and SEC1 (`CAQEE`, `AgEBB`).
 * Derived by encoding the bytes `02 01 0v tt` at each offset (privateKeyStructure.ts lists the forms).
 */
const DER_MARKERS = ['caqaw', 'caqew', 'caqac', 'caqee', 'ageam', 'agebm', 'ageaa', 'agebb', 'ibad', 'ibat', 'ibaa', 'ibaq'];
/**
 * 64 random base64 characters show ~40 distinct ones; a well-formed shell around filler shows few,
 * or one character over and over (12 zero bytes are `AAAAAAAAAAAAAAAA`; random key bytes never).
 */
const MIN_BODY_DISTINCT = 20;
const FILLER_RUN = /(.)\1{15}/;
const randomLooking = (body: string): boolean => new Set(body).size >= MIN_BODY_DISTINCT && !FILLER_RUN.test(body);

const decode = (body: string): Uint8Array => Buffer.from(body, 'base64');

/** Where the matched first piece of a bare body ends in the scanned text. */
const matchEnd = (match: RegExpExecArray): number => match.index + match[0].length;

/**
 * A bare DER private key starting with the matched piece, on one line or over several
 * (bareKeyBody.ts): its outer header says how many characters it takes, so only those are read.
 */
function bareDerKey(first: string, match: RegExpExecArray): boolean {
  const total = privateDerLength(decode(first.slice(0, 12)));
  if (total === undefined) return false;
  const wanted = Math.ceil(total / 3) * 4;
  const key = bodyFrom(match.input, matchEnd(match), first, wanted).slice(0, wanted);
  return key.length >= wanted * MIN_PRESENT && randomLooking(key) && derPrivateKeyKind(decode(key)) !== undefined;
}

/** A bare openssh-key-v1 body starting with the matched piece, cut where its length fields end. */
const MAX_OPENSSH = 16_000;
function bareOpenSsh(first: string, match: RegExpExecArray): boolean {
  const body = bodyFrom(match.input, matchEnd(match), first, MAX_OPENSSH);
  const total = openSshLength(decode(body));
  return total !== undefined && isOpenSshPrivateKey(decode(body.slice(0, Math.ceil(total / 3) * 4)));
}

// No page of its own: revoked where its public half is trusted (authorized_keys, a Git host, a CA).
const remediation = {};

export const privateKeyContainerRules: readonly Rule[] = [
  {
    id: 'putty-private-key',
    provider: 'Private key',
    description: 'PuTTY private key file (.ppk)',
    keywords: ['putty-user-key-file-'],
    // The body can never run over another header or past the MAC line: one bounded pass per header.
    pattern: /PuTTY-User-Key-File-[23]: (?:[^P]|P(?!rivate-MAC:|uTTY-User-Key-File-)){1,16384}Private-MAC: ?[0-9a-fA-F]{40,64}/g,
    spansLines: { opener: 'PuTTY-User-Key-File-', length: 16_384 + 128 }, // body, header and MAC line
    validate: puttyPrivateLines,
    placeholderCheck: false,
    // `Encryption: none` is usable as is; aes256-cbc needs the passphrase first (lower severity, §46).
    severityOf: (file) => (/Encryption: none\b/.test(file) ? 'block' : 'warn'),
    severity: 'block',
    validation: 'PuTTY-User-Key-File-2/3 header, Private-Lines: N followed by N base64 lines, Private-MAC; warn when encrypted',
    remediation,
    samples: () => containerSamples('putty'),
  },
  {
    id: 'base64-wrapped-private-key',
    provider: 'Private key',
    description: 'Base64-encoded PEM private key (Kubernetes Secret, CI variable)',
    // `LS0tLS1CRUdJTi` is base64 of `-----BEGIN` at the start of a blob (§46 [V]). One line, as
    // Kubernetes and `base64 -w0` write it; a wrapped blob would swallow the next YAML key.
    keywords: ['ls0tls1crudjti'],
    pattern: /LS0tLS1CRUdJTi(?<![A-Za-z0-9+/]LS0tLS1CRUdJTi)[A-Za-z0-9+/]{80,65536}={0,2}(?![A-Za-z0-9+/=])/g,
    validate: wrappedPem,
    placeholderCheck: false,
    severity: 'block',
    validation: 'decodes to a complete -----BEGIN … PRIVATE KEY----- block with a plausible base64 body',
    remediation,
    samples: () => containerSamples('wrapped'),
  },
  {
    id: 'ssh2-private-key',
    provider: 'Private key',
    description: 'ssh.com / Tectia SSH2 private key',
    keywords: ['begin ssh2 encrypted private key'],
    pattern: /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:[^-]|-(?!---)){1,32768}---- END SSH2 ENCRYPTED PRIVATE KEY ----/g,
    spansLines: { opener: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', length: 32_768 + 128 }, // body, two armor lines
    validate: ssh2Body,
    placeholderCheck: false,
    severity: 'block',
    validation: 'BEGIN/END SSH2 lines around a body starting with the ssh.com key magic',
    remediation,
    samples: () => containerSamples('ssh2'),
  },
  {
    id: 'private-key-der-body',
    provider: 'Private key',
    description: 'Bare base64 DER private key (PKCS#8, PKCS#1, SEC1) without its PEM armor lines',
    keywords: DER_MARKERS,
    // `M` + `C`…`I`: the SEQUENCE tag 0x30 and the first bits of its length (2- to 4-byte headers).
    pattern: bareBody('M[C-I]', 62, 12_000),
    // The body may go on over the next lines, read from the text: severityOf gets the match.
    severityOf: (first, match) => (bareDerKey(first, match) ? 'block' : undefined),
    placeholderCheck: false,
    severity: 'block',
    validation: 'decodes to one complete DER PKCS#8/PKCS#1/SEC1 private key (version INTEGER then key); public keys, certificates, truncated bodies pass',
    remediation,
    samples: () => containerSamples('der'),
  },
  {
    id: 'openssh-private-key-body',
    provider: 'Private key',
    description: 'Bare base64 OpenSSH private key (openssh-key-v1) without its armor lines',
    keywords: ['b3blbnnzac1rzxktdje'],
    // A first piece of 64 characters or more: one line of a wrapped body (70 in ssh-keygen's armor).
    pattern: bareBody('b3BlbnNzaC1rZXktdjE', 45, MAX_OPENSSH),
    severityOf: (first, match) => (bareOpenSsh(first, match) ? 'block' : undefined),
    placeholderCheck: false,
    severity: 'block',
    validation: 'decodes to a complete openssh-key-v1 layout (lengths add up; matching check integers when unencrypted)',
    remediation,
    samples: () => containerSamples('openssh'),
  },
];
