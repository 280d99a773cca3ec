/** Generated samples for private-key-containers.ts: random base64 in real file layouts. */
import type { RuleSamples } from '../types.js';
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

export function containerSamples(kind: 'putty' | 'wrapped' | 'ssh2'): RuleSamples {
  const r = seededRandom(`private-key-container-${kind}`);
  if (kind === 'wrapped') return wrappedSamples(r);
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
