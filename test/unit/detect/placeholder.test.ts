import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../../src/detect/placeholder.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';

describe('isPlaceholder', () => {
  it.each([
    ['filler x', 'sk-proj-xxxxxxxxxxxxxxxxxxxx'],
    ['filler X', 'AK' + 'IA' + 'X'.repeat(16)],
    ['filler stars', 'tok_abc***def'],
    ['filler dots', 'sk-ant-api03-...'],
    ['ellipsis', 'tok_abc\u2026'],
    ['zeros', 'tok_q9000000w'],
    ['any char 8 times', 'tok_q7aaaaaaaaw'],
    ['example', 'tok_ExampleKey9'],
    ['sample', 'tok_q7SAMPLEw'],
    ['changeme', 'tok_changeme42'],
    ['redacted', 'tok_REDACTED'],
    ['placeholder', 'tok_placeholder'],
    ['insert', 'tok_insert_here'],
    ['replace', 'tok_Replace_Me'],
    ['your between separators', 'sk-proj-your-key-here'],
    ['fake between separators', 'tok_fake_q7w'],
    ['dummy between separators', 'tok-dummy-q7w'],
    ['angle template', 'tok_<key>'],
    ['shell template', 'tok_${TOKEN}'],
    ['mustache template', 'tok_{{ token }}'],
    ['python template', 'tok_%(token)s'],
    ['ascending letters', 'tok_q7abcdefw'],
    ['ascending digits', 'tok_q7123456w'],
    ['descending', 'tok_q7FEDCBAw'],
    ['low variety', 'tok_abababababababab'],
    ['alternating-case alphabet run', 'tok_q7AbCdEfGhw'],
    ['alternating-case run starting lower', 'aBcDeFgHiJkL19'],
    ['pt "sua senha"', 'sua senha'],
    ['pt "sua_chave_aqui"', 'sua_chave_aqui'],
    ['pt joined', 'minhasenha1'],
    ['es "tu contraseña"', 'tu contraseña'],
    ['es "tu_clave"', 'tu_clave'],
    ['de "dein Passwort"', 'dein Passwort'],
    ['de "Ihr Schlüssel"', 'Ihr Schlüssel'],
    ['de "…_hier"', 'token_hier'],
    ['fr "votre mot de passe"', 'votre mot de passe'],
    ['fr "votre_cle"', 'votre_cle'],
    ['it "la tua password"', 'la tua password'],
    ['it "la_tua_chiave"', 'la_tua_chiave'],
    ['fr "votre_jeton"', 'votre_jeton'],
    ['nl "jouw_wachtwoord"', 'jouw_wachtwoord'],
  ])('flags %s', (_name, text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  it.each([
    ['short word without separators', 'tok_q7yourw9Kf2'],
    ['five-step sequence', 'tok_q7abcdew9Kf2'],
    ['seven same chars', 'tok_q7aaaaaaaw'],
    ['plain identifier', 'tok_q7Lm2Zx9Kf'],
    ['seven-step alternating-case run', 'tok_q7AbCdEfGw'],
    ['possessive inside a word', 'status_token_q7w9Kf2'],
    ['short noun without separator', 'tok_q7macle9Kf'],
  ])('accepts %s', (_name, text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  it('accepts random keys (10 000 of 148 base64url characters)', () => {
    const random = seededRandom('placeholder.test');
    const flagged = Array.from({ length: 10_000 }, () => random.chars(148, ALPHABET.base64url)).filter(isPlaceholder);
    expect(flagged).toEqual([]);
  });

  it('accepts random AWS-style ids (10 000 of AKIA + 16 base32 characters)', () => {
    const random = seededRandom('placeholder.test/aws');
    const flagged = Array.from({ length: 10_000 }, () => 'AKIA' + random.chars(16, ALPHABET.base32)).filter(isPlaceholder);
    expect(flagged).toEqual([]);
  });
});
