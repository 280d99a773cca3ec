/**
 * Decisions of the structured and generic rules that the shared table test does not see: per-finding
 * severity (expired or public JWTs, encrypted PuTTY keys, local database hosts, generic tiers) and
 * adversarial inputs for their patterns (counts only; a super-linear pattern hangs the file).
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialSeverity, hostKind, isTrivialPassword } from '../../../src/detect/rules/credentialJudge.js';
import { clearlyGenerated, looksGenerated } from '../../../src/detect/rules/genericShape.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { jwtSeverity } from '../../../src/detect/rules/jwtClaims.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';

const r = seededRandom('structuredRules.test');
const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object): string => `${segment({ alg: 'HS256' })}.${segment(payload)}.${r.chars(43, ALPHABET.base64url)}`;
const severities = (text: string) => scan(text, builtinRules, { inlineAllow: false }).map((f) => `${f.ruleId}:${f.severity}`);
const samplesOf = (id: string) => builtinRules.find((rule) => rule.id === id)?.samples() ?? { positives: [], negatives: [] };

describe('JWT severity', () => {
  const now = Date.UTC(2030, 0, 1);
  it('warns for expired tokens and Supabase anon keys, blocks live and service_role tokens', () => {
    expect(jwtSeverity(jwt({ sub: 'u1', exp: now / 1000 - 1 }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ sub: 'u1', exp: now / 1000 + 60 }), now)).toBe('block');
    expect(jwtSeverity(jwt({ sub: 'u1' }), now)).toBe('block');
    expect(jwtSeverity(jwt({ iss: 'supabase', role: 'anon' }), now)).toBe('warn');
    // A library's test vectors (issue 12): no claim of a session, or an `exp` that is no time.
    expect(jwtSeverity(jwt({ foo: 'bar', iss: 'test' }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ test: 1234 }), now)).toBe('warn');
    // A DPoP proof: one request's, bound to the client's key (RFC 9449; Spring Security's docs).
    const dpop = `${segment({ typ: 'dpop+jwt', alg: 'ES256' })}.${segment({ jti: 'e1j3V_bKic8', htm: 'POST', htu: 'https://server.example.com/token', iat: now / 1000 })}.${r.chars(86, ALPHABET.base64url)}`;
    expect(jwtSeverity(dpop, now)).toBe('warn');
    // Times only: when it was made or becomes valid names no one (node-jsonwebtoken's tests).
    expect(jwtSeverity(jwt({ iat: now / 1000 - 60 }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ iat: now / 1000 - 60, nbf: now / 1000 }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ iat: now / 1000 - 60, exp: now / 1000 + 60 }), now)).toBe('block');
    expect(jwtSeverity(jwt({ iat: now / 1000 - 60, userId: 'ck9x2' }), now)).toBe('block');
    expect(jwtSeverity(jwt({ foo: 'bar', exp: 'invalid' }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ foo: 'bar', nbf: 1444478400, iss: 'test', aud: 'x' }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ pay: 'load', iat: 1444478400 }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ userId: 'u1', name: 'bar' }), now)).toBe('block');
    expect(jwtSeverity(jwt({ iss: 'https://auth.acme-corp.io', email: 'a@acme-corp.io' }), now)).toBe('block');
    // A test's own identity (pocketbase's API tests, apisix; issue 12's ninth sweep): warn.
    expect(jwtSeverity(jwt({ id: 'u1', collectionId: 'c1', email: 'test@example.com', exp: 2524604461 }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ sub: 'u1', email: 'qa@staging.test' }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ sub: 'test-subject', iat: 10000000, exp: 2500000000 }), now)).toBe('warn');
    expect(jwtSeverity(jwt({ sub: 'test-runner-7', email: 'ops@example-corp.com' }), now)).toBe('block');
    expect(jwtSeverity(jwt({ iss: 'supabase', role: 'service_role' }), now)).toBe('block');
  });

  it('reaches the finding through the scanner', () => {
    expect(severities(`anon: ${jwt({ iss: 'supabase', role: 'anon' })}`)).toEqual(['jwt:warn']);
    expect(severities(`old: ${jwt({ sub: 'u1', exp: 1_500_000_000 })}`)).toEqual(['jwt:warn']);
  });
});

describe('private-key containers', () => {
  it('blocks an unencrypted PuTTY key and warns for a passphrase-protected one', () => {
    const [plain = '', encrypted = ''] = samplesOf('putty-private-key').positives;
    expect(severities(plain)).toEqual(['putty-private-key:block']);
    expect(severities(encrypted)).toEqual(['putty-private-key:warn']);
  });
});

describe('credential judge', () => {
  it('classifies hosts', () => {
    expect(['localhost', '127.0.0.1', '[::1]', 'db', 'postgres', 'host.docker.internal', '(localdb)\\MSSQLLocalDB'].map(hostKind)).toEqual(Array(7).fill('local'));
    expect(['example.com', 'db.example.org', 'api.test', 'host', 'myServerAddress'].map(hostKind)).toEqual(Array(5).fill('example'));
    expect(['db.acme-corp.io', '10.0.3.17', 'tcp:acme.database.windows.net,1433'].map(hostKind)).toEqual(Array(3).fill('remote'));
  });

  it('recognises defaults, templates and masks', () => {
    for (const password of ['postgres', 'pass pass', 'root', '${DB_PASSWORD}', '%(password)s', '<password>', '****', 'changeme', 'admin-admin']) {
      expect(isTrivialPassword(password), password).toBe(true);
    }
    expect(isTrivialPassword('same-as-user', 'same-as-user')).toBe(true);
    expect(isTrivialPassword(r.chars(14, ALPHABET.base62))).toBe(false);
    // Keyboard mash: a short run typed over and over (kratos' SMTP URL tests; issue 12).
    for (const password of ['basdasdasda%2Fc', 'qweqweqwe1', 'abcabcabcabc', 'xyxyxyxyxy!']) expect(isTrivialPassword(password), password).toBe(true);
    // Keyboard walks and leetspeak defaults (laravel's Heroku Redis URL, symfony's URL validator tests).
    for (const password of ['asdfqwer1234asdf', 'qwertyuiop', 'zxcvasdf12', 'pa%24%24word', 'p@ssw0rd', 'S3cr3t!', 'admin123', 'testpass123', 'root2024!']) expect(isTrivialPassword(password), password).toBe(true);
    // A repeat that is no more than part of a chosen password, and varied ones.
    for (const password of ['abcabc2024!Zq', 'Tr0ub4dor&3', 'correct horse battery staple', 'hunter2hunter2!X9q', 'asdf-Kq83!zPw0m', 'P@ssw0rd-Kq83zPw']) {
      expect(isTrivialPassword(password), password).toBe(false);
    }
  });

  it('blocks remote, warns for strong local, ignores weak local and example hosts', () => {
    const strong = r.chars(20, ALPHABET.base62);
    expect(credentialSeverity(strong, 'app', 'db.acme-corp.io')).toBe('block');
    expect(credentialSeverity('s3cure!pw', 'app', 'db.acme-corp.io')).toBe('block');
    expect(credentialSeverity(strong, 'app', 'localhost')).toBe('warn');
    expect(credentialSeverity('devpass1', 'app', 'localhost')).toBeUndefined();
    expect(credentialSeverity(strong, 'app', 'db.example.com')).toBeUndefined();
    expect(credentialSeverity(strong, 'anonymous', 'ftp.acme-corp.io')).toBeUndefined();
    // Made of the user's name (apisix's basic-auth docs; issue 12's ninth sweep): a warning.
    expect(credentialSeverity('john-key', 'johndoe', undefined)).toBe('warn');
    expect(credentialSeverity('commapass', 'comma,user', undefined)).toBe('warn');
    expect(credentialSeverity(`jo${strong}`, 'johndoe', undefined)).toBe('block');
  });

  it('warns for a password equal to the user name on a routable host only (issue 12)', () => {
    const remote: [string, string][] = [['admin', 'db.prod.acme-corp.io'], ['root', '10.0.3.17'], ['jenkins', 'ci.acme-corp.io'], ['App', '[fd12:3456::5]']];
    for (const [user, host] of remote) {
      expect(credentialSeverity(user.toLowerCase(), user, host), `${user}@${host}`).toBe('warn');
    }
    const quiet: [string, string][] = [
      ['admin', 'localhost'], ['postgres', 'postgres'], ['app', '127.0.0.1'], ['admin', 'db.prod.example.com'],
      ['postgres', '${DB_HOST}'], ['password', 'db.acme-corp.io'], ['ab', 'db.acme-corp.io'],
    ];
    for (const [user, host] of quiet) {
      expect(credentialSeverity(user, user, host), `${user}@${host}`).toBeUndefined();
    }
    // Basic headers and ODBC strings carry no host here: as before.
    expect(credentialSeverity('admin', 'admin', undefined)).toBeUndefined();
  });
});

describe('generic shape', () => {
  it('blocks machine-made values and warns for one-case or short ones', () => {
    const mixed = r.chars(22, ALPHABET.base62) + '7';
    expect(severities(`client_secret = "${mixed}"`)).toEqual(['generic-secret-assignment:block']);
    expect(severities(`client_secret = "${r.chars(20, 'abcdefghjkmnpqrstuvwxyz')}42"`)).toEqual(['generic-secret-assignment:warn']);
    expect(clearlyGenerated(r.chars(40, '0123456789abcdef'))).toBe(true);
    expect(clearlyGenerated(r.chars(24, '0123456789abcdef'))).toBe(false);
  });

  it('rejects code, labelled hashes and base64 of a placeholder', () => {
    for (const value of ['PKCS7PrivateKeyTypes', 'config.auth.token2', 'sha512-' + r.chars(40, ALPHABET.base64), Buffer.from('not my real password').toString('base64')]) {
      expect(looksGenerated(value), value).toBe(false);
    }
  });

  it('accepts a UUID only under a key or secret name', () => {
    const uuid = [8, 4, 4, 4, 12].map((n) => r.chars(n, '0123456789abcdef')).join('-');
    expect(severities(`license_key: ${uuid}`)).toHaveLength(1);
    expect(severities(`request_token: ${uuid}`)).toEqual([]);
  });
});

const fill = (unit: string, size = 200_000) => unit.repeat(Math.ceil(size / unit.length));
/** Every keyword once, so every rule's pattern really runs over the adversarial text. */
const allKeywords = builtinRules.flatMap((rule) => rule.keywords).join(' ');

describe('generic assignments in documentation examples (issue 12: supabase/auth openapi.yaml)', () => {
  const token = `${r.chars(18, ALPHABET.base62)}_${r.chars(8, ALPHABET.base62)}Q`;
  const openapi = (indent: string) =>
    ['paths:', '  /token:', '    post:', '      requestBody:', '        content:', '          application/json:', '            examples:',
      '              grant_type=refresh_token:', '                # a comment between', '', '                value:', `${indent}refresh_token: ${token}`].join('\n');

  it('warns for a value under an examples key instead of blocking', () => {
    expect(severities(openapi('                  '))).toEqual(['generic-secret-assignment:warn']);
    expect(severities(`{\n  "components": {\n    "examples": {\n      "Login": {\n        "value": {\n          "api_key": "${token}"\n        }\n      }\n    }\n  }\n}`)).toEqual(['generic-secret-assignment:warn']);
    // Blank lines up to the start of the text.
    expect(severities(`\nexamples:\n\n  refresh_token: ${token}`)).toEqual(['generic-secret-assignment:warn']);
    expect(severities(`definitions:\n  Session:\n    x-example:\n      - client_secret: ${token}`)).toEqual(['generic-secret-assignment:warn']);
  });

  it('still blocks the same value outside one, or when no parent key is an example', () => {
    expect(severities(`refresh_token: ${token}`)).toEqual(['generic-secret-assignment:block']);
    // The same depth under another key; an `examples` key that is a sibling, not a parent.
    expect(severities(`auth:\n  examples: []\n  prod:\n    refresh_token: ${token}`)).toEqual(['generic-secret-assignment:block']);
    // A value line at column 0 has no parents.
    expect(severities(`examples:\nrefresh_token: ${token}`)).toEqual(['generic-secret-assignment:block']);
    // A text opening with blank lines: the walk back up stops at the start (it once looped forever there).
    expect(severities(`\n  refresh_token: ${token}`)).toEqual(['generic-secret-assignment:block']);
    expect(severities(`\n\n\n    refresh_token: ${token}`)).toEqual(['generic-secret-assignment:block']);
  });

  it("warns inside an Ansible module's EXAMPLES string, blocks after it closes (community.general; issue 12's tenth sweep)", () => {
    const task = `- name: Create a monitor\n  community.general.datadog_monitor:\n    api_key: ${token}\n`;
    expect(severities(`DOCUMENTATION = r'''\nmodule: x\n'''\n\nEXAMPLES = r'''\n${task}'''\n`)).toEqual(['generic-secret-assignment:warn']);
    expect(severities(`EXAMPLES = """\n${task}"""\n`)).toEqual(['generic-secret-assignment:warn']);
    expect(severities(`EXAMPLES = r'''\n- name: x\n'''\n\nAPI_KEY = "${token}"\n`)).toEqual(['generic-secret-assignment:block']);
    expect(severities(`MY_EXAMPLES = r'''\n${task}'''\n`)).toEqual(['generic-secret-assignment:block']);
  });

  it("warns for a person's password of words in leetspeak and a year (bitwarden's seed data; issue 12's tenth sweep)", () => {
    // Built here: this repository's own hook reads its sources.
    expect(severities(`"password": "${['BbCl0ud', 'W0rkspace2024'].join('')}",`)).toEqual(['generic-secret-assignment:warn']);
    expect(severities(`"password": "${['AwsR00t', 'Access2024#'].join('')}",`)).toEqual(['generic-secret-assignment:warn']);
    // A random key that happens to end in digits, or a year after characters that are no letters.
    expect(severities(`"password": "${r.chars(20, ALPHABET.base62)}x9Q2",`)).toEqual(['generic-secret-assignment:block']);
    expect(severities(`"password": "${['Kx9Rq2Zt', '8Vw6Pn4M2024'].join('')}",`)).toEqual(['generic-secret-assignment:block']);
  });
});

describe('adversarial inputs for these patterns', () => {
  it.each([
    ['assignment without terminator', `api_key = "${fill('aZ9')}`],
    ['assignments back to back', fill('token=token=')],
    ['name, operator and quotes repeated', fill(`secret: "' `)],
    ['URL userinfo without @', `postgres://${fill('a:')}`],
    ['scheme repeated', fill('redis://:x')],
    ['@ without host', `https://u:${fill('p@')}`],
    ['PuTTY headers without MAC', fill('PuTTY-User-Key-File-3: ssh-rsa\nPrivate-Lines: 1\n')],
    ['wrapped PEM prefix + 1 MB base64', `LS0tLS1CRUdJTi${fill('QUJD', 1_000_000)}`],
    ['eyJ + base64url without dots', `eyJ${fill('aB_-', 1_000_000)}`],
    ['JWT segments repeated', fill('eyJhbGci.eyJzdWIi.')],
    ['Server= repeated', fill('Server=a;')],
    ['Server= then Password without value', fill('Server=a;Password=;')],
    ['Authorization: Basic + run', `Authorization: Basic ${fill('QUJD', 1_000_000)}`],
    ['SSH2 BEGIN without END', fill('---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n')],
  ])('%s', (_name, text) => {
    expect(scan(`${allKeywords}\n${text}`, builtinRules, { inlineAllow: false })).toEqual([]);
  });
});

describe('context reads of the generic rule on a long line of matches', () => {
  // Each match reads around itself (an examples key above, a URL it sits in, a comment after a
  // password hash): bounded reads, or one long line of matches makes every match read the line.
  it('finds each blocking assignment of a 600 KB line once', () => {
    const values = Array.from({ length: 3_600 }, () => r.chars(24, ALPHABET.base62) + r.chars(2, '0123456789'));
    const line = values.map((v) => `api_key="${v}" password="${r.chars(32, '0123456789abcdef')}" x=${'y'.repeat(100)} `).join('');
    const findings = scan(line, builtinRules, { inlineAllow: false }).filter((f) => f.ruleId === 'generic-secret-assignment');
    // A few random values fall below the entropy bar; the point is that the scan ends.
    expect(findings.length).toBeGreaterThan(2 * values.length - 100);
  });
});

describe('a JWT signed with a key written in the same text', () => {
  const hs256 = (payload: object, key: string) => {
    const input = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(payload)}`;
    return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
  };
  const key = `some-secret-${r.chars(8, ALPHABET.base62)}`;
  const jwts = (text: string) => scan(text, builtinRules, { inlineAllow: false }).filter((f) => f.ruleId === 'jwt').length;

  it('is a test token; one signed with another key still blocks', () => {
    expect(jwts(`const SECRET = "${key}";\nconst token = "${hs256({ sub: 'u1' }, key)}";`)).toBe(0);
    expect(jwts(`const SECRET = "${key}";\nconst token = "${hs256({ sub: 'u1' }, `${key}-other`)}";`)).toBe(1);
  });

  it('tries the first 64 distinct tokens of a text only, the same on every scan', () => {
    const tokens = Array.from({ length: 200 }, (_, i) => `t${i} = "${hs256({ sub: `user-${i}` }, key)}"`);
    const text = `SECRET = "${key}"\n${tokens.join('\n')}`;
    expect(jwts(text)).toBe(200 - 64);
    expect(jwts(text)).toBe(200 - 64);
  });
});
