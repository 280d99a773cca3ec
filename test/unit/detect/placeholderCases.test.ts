/**
 * Issue 12, point 2: placeholders people really type must not block — alternating-case alphabet
 * runs, "your password" in other languages, a JWT whose signature is one short pattern repeated.
 * Each shape is paired with the same line holding a random value, which is still found, so a
 * test passing because the line shape is not read at all is impossible.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';

const r = seededRandom('placeholderCases');
const found = (text: string, path?: string): string[] =>
  scan(text, builtinRules, { inlineAllow: false, path }).map((f) => `${f.ruleId}:${f.severity}`);

const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (signature: string): string =>
  `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment({ sub: 'user_42', role: 'admin', iat: 1_700_000_000 })}.${signature}`;

/** [line template with `%s` for the value, placeholder value, path]: a random value there is found. */
const cases: [name: string, line: string, value: string, path: string][] = [
  // Alternating-case alphabet runs, with and without digits, bare and after a provider prefix.
  ['alternating case, generic', 'const apiKey = "%s";', 'aBcDeFgHiJkLmNoPqRsTuVwXyZ19', 'src/settings.ts'],
  ['alternating case, client secret', 'client_secret = "%s"', 'AbCdEfGhIjKlMnOp1357', 'src/settings.ts'],
  ['alternating case, OpenAI legacy', 'OPENAI_API_KEY=sk-%s', `AbCdEfGhIjKlMnOpQrSt${'T3Bl'}bkFJAbCdEfGhIjKlMnOpQrSt`, 'src/settings.ts'],
  ['alternating case, AWS secret', 'AWS_SECRET_ACCESS_KEY=%s', 'AbCdEfGhIjKlMnOpQrStUvWxYz0A1b2C3d4E5f6G', 'src/settings.ts'],
  // "Your password" / "your key" in Portuguese, Spanish, German, French, Italian.
  ['pt, URL password', 'DATABASE_URL=postgres://app:%s@db.acme-corp.io/app', 'sua_senha', 'src/settings.ts'],
  ['pt, one word', 'DATABASE_URL=postgres://app:%s@db.acme-corp.io/app', 'minhasenha', 'src/settings.ts'],
  ['es, URL password', 'DATABASE_URL=mysql://app:%s@db.acme-corp.io/app', 'tu_contrasena', 'src/settings.ts'],
  ['es, one word', 'DATABASE_URL=mysql://root:%s@db.acme-corp.io/app', 'micontrasena', 'src/settings.ts'],
  ['fr, URL password', 'DATABASE_URL=postgres://app:%s@db.acme-corp.io/app', 'votre_mot_de_passe', 'src/settings.ts'],
  ['de, Dockerfile', 'FROM node:20\nENV DB_PASSWORD=%s', 'dein_passwort_hier', 'Dockerfile'],
  ['pt, Dockerfile', 'FROM node:20\nENV API_KEY=%s', 'sua_chave_aqui', 'Dockerfile'],
  ['es, Dockerfile', 'FROM node:20\nENV API_KEY=%s', 'tu_clave_api', 'Dockerfile'],
  ['fr, Dockerfile', 'FROM node:20\nENV API_KEY=%s', 'votre_cle', 'Dockerfile'],
  ['it, Dockerfile', 'FROM node:20\nENV DB_PASSWORD=%s', 'la_tua_password', 'Dockerfile'],
  ['de, Dockerfile, formal', 'FROM node:20\nENV API_KEY="%s"', 'Ihr_Schluessel', 'Dockerfile'],
  ['de, URL password', 'REDIS_URL=rediss://:%s@cache.acme-corp.io:6380/0', 'DeinPasswort', 'src/settings.ts'],
  ['it, URL password', 'AMQP_URL=amqps://worker:%s@rmq.acme-corp.io/jobs', 'la_tua_password', 'src/settings.ts'],
];

describe('placeholders people type (issue 12)', () => {
  it.each(cases)('%s: the placeholder is no finding', (_name, line, value, path) => {
    expect(found(line.replace('%s', value), path)).toEqual([]);
  });

  it.each(cases)('%s: a random value in its place is found', (_name, line, value, path) => {
    // Same length and alphabet class as the placeholder it replaces, so only the tell differs.
    const random = r.chars(value.length, ALPHABET.base62);
    const text = line.replace('%s', value.includes(`${'T3Bl'}bkFJ`) ? `${r.chars(20, ALPHABET.base62)}${'T3Bl'}bkFJ${r.chars(20, ALPHABET.base62)}` : random);
    expect(found(text, path)).not.toEqual([]);
  });
});

describe('a JWT signed with one short pattern repeated (issue 12)', () => {
  it.each([['abc123'.repeat(7) + 'a'], ['AbCdEf'.repeat(7) + 'A'], ['signature_'.repeat(4) + 'sig'], ['Ab12'.repeat(11)]])(
    'is no finding: …%s',
    (signature) => {
      expect(found(`AUTH_TOKEN=${jwt(signature)}`)).toEqual([]);
    },
  );

  it('a random signature of the same length blocks', () => {
    expect(found(`AUTH_TOKEN=${jwt(r.chars(43, ALPHABET.base64url))}`)).toEqual(['jwt:block']);
  });
});
