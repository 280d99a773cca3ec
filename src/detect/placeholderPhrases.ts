/**
 * "Your password" / "your key here" in the languages docs and tutorials are written in besides
 * English (issue 12): Portuguese `sua senha`, `sua_chave_aqui`; Spanish `tu contraseña`, `tu_clave`;
 * German `dein Passwort`, `Ihr Schlüssel`; French `votre mot de passe`, `votre_cle`; Italian
 * `la tua password`, `la_tua_chiave`; Dutch `jouw wachtwoord`. The English words are
 * placeholder.ts's and credentialJudge.ts's.
 *
 * Phrases, never single short words: a possessive followed by a secret noun (or a secret noun
 * followed by "here"), joined by at most one separator. The shortest phrase, `tuclave` / `mitoken`,
 * needs 7 given letters in a row: about 150 × 32^-7 ≈ 4e-9 per 150-character random key, while a
 * bare `senha` or `clave` (5 letters) would sit in a few in a million. Only the long nouns
 * (`contraseña`, `passwort`, `schlüssel`, `mot de passe`, `wachtwoord`) count on their own; the French
 * `clé` only after a separator (`ma_cle`, not `macle`).
 */

/** One optional separator between words: space, `_`, `-`, `.`. */
const SEP = '[ _.-]?';
/** "your" / "my" (pt, es, de, fr, it, nl); `la tua`, `il tuo` with their article. */
const POSSESSIVE = `(?:sua|seu|minha|meu|tu|su|mi|dein|deine|ihr|ihre|mein|meine|votre|ton|ta|mon|ma|(?:la${SEP})?tua|(?:il${SEP})?tuo|vostra|vostro|jouw|uw|mijn)`;
/**
 * Secret nouns: password, key, secret, token (pt, es, de, fr, it; with and without accents). The
 * French `clé` is too short to follow its possessive without a separator (`macle` is 5 letters).
 */
const NOUN =
  `(?:${SEP}(?:senha|chave|segredo|contrase(?:ñ|n|ni)a|clave|secreto|passwort|kennwort|schl(?:ü|ue|u)ssel|geheimnis|mot${SEP}de${SEP}passe|jeton|chiave|segreto|wachtwoord|sleutel|secret|password|token|api${SEP}key)|[ _.-]cl(?:é|e))`;
/** "here" after the noun: `sua_chave_aqui`, `dein_passwort_hier`, `votre_cle_ici`, `la_tua_chiave_qui`. */
const HERE = '(?:aqui|aquí|hier|ici|qui)';
/** Long enough to be typed on purpose wherever they stand. */
const LONG_NOUN = `(?:contrase(?:ñ|n|ni)a|passwort|kennwort|schl(?:ü|ue)ssel|mot${SEP}de${SEP}passe|wachtwoord)`;

/**
 * Word boundaries by hand: the possessive must start the value or follow a non-letter, so `tu`
 * inside `status_token` does not count. Linear: fixed alternations, one optional separator each.
 */
const PHRASE = new RegExp(
  `(?<![A-Za-zÀ-ÿ])${POSSESSIVE}${NOUN}|${NOUN}${SEP}${HERE}(?![A-Za-zÀ-ÿ])|${LONG_NOUN}`,
  'i',
);

/** True when `text` holds a non-English "your password" / "your key here" phrase. */
export function hasForeignPlaceholder(text: string): boolean {
  return PHRASE.test(text);
}
