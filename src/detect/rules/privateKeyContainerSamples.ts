/** Generated samples for private-key-containers.ts: random base64 in real file layouts. */
import type { RuleSamples } from '../types.js';
import { pemBegin } from './pemArmor.js';
import { OPENSSH_MAGIC } from './privateKeyBody.js';
import { ALPHABET, seededRandom, type SampleRandom } from './sampleKit.js';

const HEX = '0123456789abcdef';

function wrap(base64: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < base64.length; i += width) out.push(base64.slice(i, i + width));
  return out;
}

/** PPK v3 Ed25519 (`none`) or v2 RSA (`aes256-cbc`), laid out as PuTTYgen writes them. */
function ppk(r: SampleRandom, encrypted: boolean, privateLines?: string[]): string {
  const pub = wrap(`AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(43, ALPHABET.base64)}`, 64);
  const priv = privateLines ?? wrap(encrypted ? r.chars(880, ALPHABET.base64) : `AAAAI${r.chars(43, ALPHABET.base64)}`, 64);
  return [
    `PuTTY-User-Key-File-${encrypted ? 2 : 3}: ${encrypted ? 'ssh-rsa' : 'ssh-ed25519'}`,
    `Encryption: ${encrypted ? 'aes256-cbc' : 'none'}`,
    'Comment: imported-openssh-key',
    `Public-Lines: ${pub.length}`,
    ...pub,
    `Private-Lines: ${priv.length}`,
    ...priv,
    `Private-MAC: ${r.chars(encrypted ? 40 : 64, HEX)}`,
  ].join('\n');
}

function pem(label: string, body: string): string {
  return [`-----BEGIN ${label}-----`, ...wrap(body, 64), `-----END ${label}-----`, ''].join('\n');
}

const b64 = (text: string): string => Buffer.from(text).toString('base64');

function wrappedSamples(r: SampleRandom): RuleSamples {
  const key = pem('PRIVATE KEY', `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${r.chars(1560, ALPHABET.base64)}`);
  const ssh = pem('OPENSSH PRIVATE KEY', `${OPENSSH_MAGIC}AAAABG5vbmUAAAAEbm9uZQ${r.chars(360, ALPHABET.base64)}`);
  return {
    positives: [
      `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${b64(key)}\n  tls.crt: LS0t`,
      `DEPLOY_KEY_B64=${b64(ssh)}`,
      `{"privateKey": "${b64(pem('EC PRIVATE KEY', `MHcCAQEEI${r.chars(160, ALPHABET.base64)}`))}"}`,
    ],
    negatives: [
      `tls.crt: ${b64(pem('CERTIFICATE', `MIIDdzCCAl+gAwIBAgIE${r.chars(1200, ALPHABET.base64)}`))}`,
      `tls.key: ${b64(pem('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...'))}`,
      `tls.key: ${b64(key.slice(0, 900))}`,
      `blob: A${b64(key)}`,
      // An OpenSSH body without the openssh-key-v1 magic, plain and wrapped: typed, not generated.
      pem('OPENSSH PRIVATE KEY', r.chars(400, ALPHABET.base64)),
      `DEPLOY_KEY_B64=${b64(pem('OPENSSH PRIVATE KEY', r.chars(400, ALPHABET.base64)))}`,
    ],
  };
}

function ssh2(r: SampleRandom, body: string): string {
  const label = 'SSH2 ENCRYPTED PRIVATE KEY';
  return [`---- BEGIN ${label} ----`, 'Comment: "rsa-key-20240101"', ...wrap(body, 70), `---- END ${label} ----`].join('\n');
}

/** `length` seeded random bytes. */
const bytes = (r: SampleRandom, length: number): Buffer => Buffer.from(r.chars(length * 2, HEX), 'hex');

/** A DER tag-length-value (X.690 §8.1.3: short length below 128, else 1–2 length bytes). */
function der(tag: number, ...parts: Buffer[]): Buffer {
  const content = Buffer.concat(parts);
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), content]);
}

const int = (value: number): Buffer => der(0x02, Buffer.from([value]));
/** A positive INTEGER of `length` random bytes (leading zero byte, as DER writes a set top bit). */
const bigInt = (r: SampleRandom, length: number): Buffer => der(0x02, Buffer.from([0]), bytes(r, length));
/** AlgorithmIdentifier: rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
const RSA_ALGORITHM = der(0x30, Buffer.from('06092a864886f70d0101010500', 'hex'));
/** id-ecPublicKey with prime256v1 (RFC 5480 §2.1.1). */
const EC_ALGORITHM = der(0x30, Buffer.from('06072a8648ce3d020106082a8648ce3d030107', 'hex'));

/** Bare DER keys, public keys and certificates in the shapes code assigns them. */
function derSamples(r: SampleRandom): RuleSamples {
  const rsaPkcs1 = der(0x30, int(0), bigInt(r, 256), der(0x02, Buffer.from([1, 0, 1])), bigInt(r, 256), bigInt(r, 128), bigInt(r, 128));
  const pkcs8 = der(0x30, int(0), RSA_ALGORITHM, der(0x04, rsaPkcs1)).toString('base64');
  const sec1 = der(0x30, int(1), der(0x04, bytes(r, 32)), der(0xa0, Buffer.from('06082a8648ce3d030107', 'hex')));
  const ed25519 = der(0x30, int(0), der(0x30, Buffer.from('06032b6570', 'hex')), der(0x04, der(0x04, bytes(r, 32)))).toString('base64');
  const spki = der(0x30, RSA_ALGORITHM, der(0x03, Buffer.from([0]), der(0x30, bigInt(r, 256), der(0x02, Buffer.from([1, 0, 1]))))).toString('base64');
  const tbs = der(0x30, der(0xa0, int(2)), bigInt(r, 16), der(0x30, bytes(r, 11)), der(0x30, bytes(r, 400)));
  const certificate = der(0x30, tbs, RSA_ALGORITHM, der(0x03, Buffer.from([0]), bytes(r, 256))).toString('base64');
  const ecPkcs8 = der(0x30, int(0), EC_ALGORITHM, der(0x04, sec1)).toString('base64');
  return {
    positives: [
      `private static final String PRIVATE_KEY = "${pkcs8}";`,
      `const privateKey = '${rsaPkcs1.toString('base64')}';`,
      `APP_PRIVATE_KEY=${ecPkcs8}`,
      `signing:\n  key: ${sec1.toString('base64')}\n  alg: ES256`,
      `{"kid": "k1", "private_key": "${ed25519}"}`,
      // A known opening and random base64 of about the right length (privateKeySamples.ts's way).
      `RSA_PRIVATE_KEY="MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${r.chars(1560, ALPHABET.base64)}"`,
      // Over several lines: a YAML block scalar, JSON `\n` escapes, Java concatenation, and a
      // PEM whose END line was cut off.
      `tls:\n  private_key: |\n${wrap(pkcs8, 64).map((line) => `    ${line}`).join('\n')}\n  algorithm: RS256`,
      `{"privateKey": "${wrap(ecPkcs8, 64).join('\\n')}\\n"}`,
      `String key =\n${wrap(pkcs8, 76).map((line) => `    "${line}"`).join(' +\n')};`,
      [pemBegin('PRIVATE KEY'), ...wrap(pkcs8, 64)].join('\n'),
    ],
    negatives: [
      `PUBLIC_KEY = "${spki}"`,
      `const cert = '${certificate}';`,
      // A public key under a private-sounding name is still public.
      `private_key: ${spki}`,
      // Truncated in the docs, and a body cut to half its declared length.
      'PRIVATE_KEY="MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC..."',
      `PRIVATE_KEY="${pkcs8.slice(0, 800)}"`,
      // A well-formed shell around filler.
      `PRIVATE_KEY="${der(0x30, int(0), RSA_ALGORITHM, der(0x04, Buffer.alloc(600))).toString('base64')}"`,
      // An armored line's worth (64 characters) of a longer key: its length does not add up.
      pkcs8.slice(0, 64),
    ],
  };
}

/** An openssh-key-v1 file: length-prefixed strings (PROTOCOL.key), Ed25519 unencrypted. */
function opensshKey(r: SampleRandom, checks: 'same' | 'different', cut = 0): string {
  const string = (value: Buffer | string): Buffer => {
    const data = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, data]);
  };
  const check = bytes(r, 4);
  const publicKey = string(Buffer.concat([string('ssh-ed25519'), string(bytes(r, 32))]));
  const privatePart = Buffer.concat([check, checks === 'same' ? check : bytes(r, 4), string('ssh-ed25519'), string(bytes(r, 32)), string(bytes(r, 64)), string('deploy@ci'), Buffer.from([1, 2, 3])]);
  const count = Buffer.from([0, 0, 0, 1]);
  const file = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), string('none'), string('none'), string(''), count, publicKey, string(privatePart)]);
  return file.subarray(0, file.length - cut).toString('base64');
}

export function containerSamples(kind: 'putty' | 'wrapped' | 'ssh2' | 'der' | 'openssh'): RuleSamples {
  const r = seededRandom(`private-key-container-${kind}`);
  if (kind === 'wrapped') return wrappedSamples(r);
  if (kind === 'der') return derSamples(r);
  if (kind === 'openssh') {
    return {
      positives: [
        `SSH_PRIVATE_KEY="${opensshKey(r, 'same')}"`,
        `deploy_key: ${opensshKey(r, 'same')}`,
        // Its armor lines dropped, the wrapped lines kept (70 characters, as ssh-keygen writes them).
        `ssh:\n  key: |\n${wrap(opensshKey(r, 'same'), 70).map((line) => `    ${line}`).join('\n')}\n  known_hosts: github.com`,
      ],
      negatives: [
        // The docs' truncated body, a key cut short, and check integers that differ (not a real key).
        `SSH_PRIVATE_KEY="${OPENSSH_MAGIC}AAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW..."`,
        `SSH_PRIVATE_KEY="${opensshKey(r, 'same', 12)}"`,
        `SSH_PRIVATE_KEY="${opensshKey(r, 'different')}"`,
        `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(43, ALPHABET.base64)} deploy@ci`,
      ],
    };
  }
  if (kind === 'ssh2') {
    return {
      positives: [ssh2(r, `P2/56wAAA${r.chars(1200, ALPHABET.base64)}`)],
      negatives: [ssh2(r, 'P2/56wAAA...'), ssh2(r, r.chars(1200, ALPHABET.base64)), `---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2E${r.chars(360, ALPHABET.base64)}\n---- END SSH2 PUBLIC KEY ----`],
    };
  }
  const plain = ppk(r, false);
  return {
    positives: [plain, ppk(r, true), `"ppk": "${plain.replaceAll('\n', '\\n')}"`, `key = """\n${plain.replaceAll('\n', '\r\n')}\n"""`],
    negatives: [
      ppk(r, false, ['AAAAI...']),
      ppk(r, false, ['x'.repeat(48)]),
      ppk(r, false, []),
      plain.slice(0, plain.indexOf('Private-MAC')),
      'Open the PuTTY-User-Key-File-3: header in an editor and check the Private-MAC: line.',
    ],
  };
}
