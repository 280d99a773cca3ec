/** Generated private-key blocks for the rule table test (random base64 in real key layouts). */
import type { RuleSamples } from '../types.js';
import { ALPHABET, seededRandom } from './sampleKit.js';
import { pemBegin, pemBlock as block, pemEnd } from './pemArmor.js';

/** PEM and PGP armor wrap base64 at 64 characters (RFC 7468 §2, RFC 4880 §6.3). */
function wrap(base64: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += 64) lines.push(base64.slice(i, i + 64));
  return lines;
}

/** Known DER / OpenSSH openings (secret-formats.md §46), so samples look like real bodies. */
const OPENING = {
  pkcs8: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
  sec1: 'MHcCAQEEI',
  // `openssh-key-v1\0`, cipher `none`, kdf `none`: long runs of `A` from zero bytes.
  openssh: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  pgp: 'lQOYBF',
};

export function privateKeySamples(kind: 'pem' | 'pgp'): RuleSamples {
  const r = seededRandom(`private-key-${kind}`);
  const body = (opening: string, length: number): string[] => wrap(opening + r.chars(length, ALPHABET.base64));
  if (kind === 'pgp') {
    const pgp = block('PGP PRIVATE KEY BLOCK', ['Version: GnuPG v2', '', ...body(OPENING.pgp, 1200), '=tW3k']);
    return {
      positives: [pgp.join('\n'), `gpg_key = """\n${pgp.join('\n')}\n"""`, `"key": "${pgp.join('\\n')}"`],
      negatives: [
        block('PGP PRIVATE KEY BLOCK', ['Version: GnuPG v2', '', '...']).join('\n'),
        block('PGP PUBLIC KEY BLOCK', body(OPENING.pgp, 1200)).join('\n'),
      ],
    };
  }
  const pkcs8 = block('PRIVATE KEY', body(OPENING.pkcs8, 1560));
  const encrypted = ['Proc-Type: 4,ENCRYPTED', `DEK-Info: AES-128-CBC,${r.chars(32, '0123456789ABCDEF')}`, ''];
  return {
    positives: [
      pkcs8.join('\n'),
      `{"type": "service_account", "private_key": "${pkcs8.join('\\n')}\\n", "client_email": "a@b.iam"}`,
      `tls:\n  key: |\n${pkcs8.map((line) => `    ${line}`).join('\n')}\n  cert: x`,
      block('RSA PRIVATE KEY', [...encrypted, ...body('MIIEpAIBAAKCAQEA', 1560)]).join('\n'),
      // Encrypted under PEM headers, the body is ciphertext: any first byte.
      block('RSA PRIVATE KEY', [...encrypted, ...body('wihZ', 1560)]).join('\n'),
      block('EC PRIVATE KEY', body(OPENING.sec1, 160)).join('\n'),
      block('OPENSSH PRIVATE KEY', body(OPENING.openssh, 330)).join('\n'),
      block('PRIVATE KEY', ['MC4CAQAwBQYDK2VwBCIEI' + r.chars(43, ALPHABET.base64)]).join('\r\n'),
      // As string literals in code (issue 12): C adjacent literals, Java/Go/JS concatenation; JSON
      // with `\/` escapes (PHP's json_encode).
      `static const char *key =\n${pkcs8.map((line) => `  "${line}\\n"`).join('\n')};`,
      `String key =\n${pkcs8.map((line) => `    "${line}\\n"`).join(' +\n')};`,
      `const key = ${pkcs8.map((line) => `'${line}'`).join(' +\n  ')};`,
      `{"private_key":"${pkcs8.join('\\n').replaceAll('/', '\\/')}"}`,
    ],
    negatives: [
      block('PRIVATE KEY', ['...']).join('\n'),
      block('RSA PRIVATE KEY', ['MIIEpAIBAAKCAQEA...']).join('\n'),
      block('PRIVATE KEY', body(OPENING.pkcs8, 20)).join('\n'),
      block('PRIVATE KEY', ['MIIE' + 'x'.repeat(120)]).join('\n'),
      // No DER SEQUENCE (`M…`) under a DER label and no headers: a broken-key fixture (traefik's
      // dynamic_https.toml "bad content"; issue 12).
      block('RSA PRIVATE KEY', body('wihZ', 180)).join('\n'),
      // The start of an RSA public key (a 257-byte modulus opens the SEQUENCE) in private-key armor:
      // google-auth-library-python's "fake keys for regex check" (issue 12).
      `KEY = b"""${block('PRIVATE KEY', body('MIIBCgKCAQEA', 78)).join('\n')}"""`,
      `keyFile = """${block('PRIVATE KEY', body('eRG3', 180)).join('\n')}"""`,
      block('PUBLIC KEY', body('MIIBIjANBgkqhkiG9w0BAQEFAAOC', 360)).join('\n'),
      [pemBegin('RSA PRIVATE KEY'), ...body('MIIE', 1560), pemEnd('EC PRIVATE KEY')].join('\n'),
      // No END line: not this rule's (a body that decodes as a key is private-key-der-body's).
      [pemBegin('PRIVATE KEY'), ...body('MIIE', 1560)].join('\n'),
      `Paste the ${pemBegin('PRIVATE KEY')} block into the vault.`,
      // A public key as C literals; code wrapping armor around a variable.
      `static const char *pub =\n${block('PUBLIC KEY', body('MIIBIjANBgkqhkiG9w0BAQEFAAOC', 360)).map((line) => `  "${line}\\n"`).join('\n')};`,
      `const pem = "${pemBegin('PRIVATE KEY')}\\n" + base64Body + "\\n${pemEnd('PRIVATE KEY')}";`,
    ],
  };
}
