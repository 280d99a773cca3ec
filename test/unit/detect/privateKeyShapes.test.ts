/**
 * Issue 12, point 2: private keys as real code writes them — armored keys split into string
 * literals (C/C++ adjacent literals, Java/Go/JS concatenation, Python in parentheses), JSON-escaped
 * on one line, and bare base64 bodies without armor lines. Keys are generated now by node:crypto
 * (throwaway, never stored); the public half and a certificate-shaped blob in the same shapes stay
 * quiet, because the private-key rules read the label or decode the DER header.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { scan } from '../../../src/detect/scan.js';

const found = (text: string): string[] =>
  scan(text, builtinRules, { inlineAllow: false, path: 'src/keys.ts' }).map((f) => `${f.ruleId}:${f.severity}`);

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');

const pem = {
  pkcs8: rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  pkcs1: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  sec1: ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
  spki: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  rsaPublic: rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
};
const der = (key: { export(options: object): string | Buffer }, type: string): string =>
  (key.export({ type, format: 'der' }) as Buffer).toString('base64');

/** The PEM's lines, without the trailing empty one. */
const lines = (text: string): string[] => text.trimEnd().split('\n');

/** How languages write a multi-line string: each takes the PEM lines and gives source code. */
const shapes: readonly (readonly [string, (pemLines: string[]) => string])[] = [
  ['C adjacent literals', (l) => `static const char *key =\n${l.map((x) => `  "${x}\\n"`).join('\n')};`],
  ['C macro continuation', (l) => `#define KEY \\\n${l.map((x) => `  "${x}\\n" \\`).join('\n')}\n`],
  ['Java concatenation', (l) => `String key =\n${l.map((x) => `    "${x}\\n"`).join(' +\n')};`],
  ['Go concatenation', (l) => `const key = ${l.map((x) => `"${x}\\n"`).join(' +\n\t')}`],
  ['JS concatenation, no newlines', (l) => `const key = ${l.map((x) => `'${x}'`).join(' +\n  ')};`],
  ['Python in parentheses', (l) => `KEY = (\n${l.map((x) => `    "${x}\\n"`).join('\n')}\n)`],
  ['Python bytes literals', (l) => `KEY = (\n${l.map((x) => `    b"${x}\\n"`).join('\n')}\n)`],
  ['C++ wide literals', (l) => `const wchar_t *key =\n${l.map((x) => `  L"${x}\\n"`).join('\n')};`],
  ['one literal continued with backslashes (C, Rust)', (l) => `let key = "${l.join('\\n\\\n')}\\n";`],
  ['JSON, one line', (l) => `{"private_key": "${l.join('\\n')}\\n"}`],
  ['JSON with escaped slashes (PHP)', (l) => `{"private_key":"${l.join('\\n').replaceAll('/', '\\/')}"}`],
];

describe('armored private keys written as string literals (issue 12)', () => {
  for (const kind of ['pkcs8', 'pkcs1', 'sec1'] as const) {
    it.each(shapes)(`${kind}, %s: blocks as a private key`, (_name, shape) => {
      expect(found(shape(lines(pem[kind])))).toEqual(['private-key:block']);
    });
  }

  for (const kind of ['spki', 'rsaPublic'] as const) {
    it.each(shapes)(`${kind} public key, %s: no finding`, (_name, shape) => {
      expect(found(shape(lines(pem[kind])))).toEqual([]);
    });
  }

  it('code building a PEM around a variable is no finding', () => {
    const [begin = '', , end = ''] = [lines(pem.pkcs8)[0], '', lines(pem.pkcs8).at(-1)];
    expect(found(`const key = "${begin}\\n" + body + "\\n${end}";`)).toEqual([]);
    expect(found(`const key = \`${begin}\\n\${body.match(/.{1,64}/g).join('\\n')}\\n${end}\`;`)).toEqual([]);
  });
});

/** Where a bare body is assigned. */
const assignments: readonly (readonly [string, (body: string) => string])[] = [
  ['Java constant', (b) => `private static final String PRIVATE_KEY = "${b}";`],
  ['JS const', (b) => `const privateKey = '${b}';`],
  ['.env', (b) => `APP_PRIVATE_KEY=${b}`],
  ['YAML', (b) => `alipay:\n  private-key: ${b}\n  app-id: 2021000000000000`],
  ['JSON', (b) => `{"privateKey": "${b}"}`],
];

describe('bare base64 private key bodies (issue 12)', () => {
  const privates: readonly (readonly [string, string])[] = [
    ['RSA PKCS#8', der(rsa.privateKey, 'pkcs8')],
    ['RSA PKCS#1', der(rsa.privateKey, 'pkcs1')],
    ['EC SEC1', der(ec.privateKey, 'sec1')],
    ['EC PKCS#8', der(ec.privateKey, 'pkcs8')],
    ['Ed25519 PKCS#8', der(ed.privateKey, 'pkcs8')],
  ];
  const publics: readonly (readonly [string, string])[] = [
    ['RSA SPKI', der(rsa.publicKey, 'spki')],
    ['RSA PKCS#1 public', der(rsa.publicKey, 'pkcs1')],
    ['EC SPKI', der(ec.publicKey, 'spki')],
    ['Ed25519 SPKI', der(ed.publicKey, 'spki')],
  ];

  for (const [where, assign] of assignments) {
    it.each(privates)(`%s in a ${where}: blocks`, (_kind, body) => {
      expect(found(assign(body))).toEqual(['private-key-der-body:block']);
    });
    it.each(publics)(`%s in a ${where}: no finding`, (_kind, body) => {
      expect(found(assign(body))).toEqual([]);
    });
  }

  it('a body shortened as docs print it (a line or two) is no finding; one missing a few characters still blocks', () => {
    const body = der(rsa.privateKey, 'pkcs8');
    expect(found(`PRIVATE_KEY="${body.slice(0, 40)}..."`)).toEqual([]);
    expect(found(`PRIVATE_KEY="${body.slice(0, 128)}..."`)).toEqual([]);
    expect(found(`PRIVATE_KEY="${body.slice(0, body.length / 2)}"`)).toEqual([]);
    expect(found(`PRIVATE_KEY="${body.slice(0, body.length - 8)}"`)).toEqual(['private-key-der-body:block']);
  });

  /** A body over several lines without armor: YAML block scalar, JSON escapes, Java concatenation. */
  const split = (body: string): string[] => body.match(/.{1,64}/g) ?? [];
  // Named for what they hold: the generic rule judges the first line of a public key alone under
  // a secret-sounding name, which is not these rules' call.
  const multiLine: readonly (readonly [string, (body: string, name: string) => string])[] = [
    ['YAML block scalar', (b, name) => `signing:\n  ${name}: |\n${split(b).map((l) => `    ${l}`).join('\n')}\n  algorithm: RS256`],
    ['JSON escapes', (b, name) => `{"${name}": "${split(b).join('\\n')}"}`],
    ['Java concatenation', (b, name) => `String ${name} = ${split(b).map((l) => `"${l}"`).join(' +\n    ')};`],
  ];
  for (const [where, shape] of multiLine) {
    it.each(privates)(`%s over lines (${where}): blocks`, (_kind, body) => {
      expect(found(shape(body, 'privateKey'))).toEqual(['private-key-der-body:block']);
    });
    it.each(publics)(`%s over lines (${where}): no finding`, (_kind, body) => {
      expect(found(shape(body, 'publicKey'))).toEqual([]);
    });
  }

  it('a PEM whose body is one long line is one finding, not two', () => {
    const [begin = '', ...rest] = lines(pem.pkcs8);
    const end = rest.pop() ?? '';
    expect(found([begin, rest.join(''), end].join('\n'))).toEqual(['private-key:block']);
  });
});
