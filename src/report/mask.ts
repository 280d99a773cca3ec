import type { Rule } from '../detect/types.js';

/**
 * The masked form of a secret, the only part of it that leaves memory besides its fingerprint
 * (fingerprint.ts): it identifies the key to its owner without letting anyone use it or guess it.
 */

/** Characters shown after the public prefix: enough to tell two keys apart, never a usable part. */
const MAX_SHOWN = 4;

/**
 * e.g. `sk-proj-aZ3_…(164 chars)`: the format's public prefix, then at most 4 characters (at most a
 * quarter of the rest), then the length. A guessable secret (a password) has no public prefix and
 * shows at most a sixth of itself, so a short password shows 1 or 2 characters. A multi-line secret
 * shows only its first line's start.
 */
export function redact(secret: string, rule: Pick<Rule, 'prefixes' | 'guessable' | 'spansLines'>): string {
  const firstLine = secret.split('\n', 1)[0] ?? '';
  const guessable = rule.guessable === true;
  const prefix = guessable ? '' : publicPrefix(firstLine, publicPrefixes(rule));
  const rest = secret.length - prefix.length;
  const shown = Math.min(MAX_SHOWN, Math.floor(guessable ? secret.length / 6 : rest / 4));
  return `${firstLine.slice(0, prefix.length + shown)}…(${secret.length} chars)`;
}

/** Rule.prefixes, or the literal a key block opens with (Rule.spansLines: `-----BEGIN `, `PuTTY-User-Key-File-`). */
function publicPrefixes(rule: Pick<Rule, 'prefixes' | 'spansLines'>): readonly string[] {
  return rule.prefixes ?? (rule.spansLines === undefined ? [] : [rule.spansLines.opener]);
}

/** The longest of the rule's public prefixes (Rule.prefixes: `ghp_`, `sk-proj-`, `AKIA`) the secret starts with. */
function publicPrefix(firstLine: string, prefixes: readonly string[]): string {
  let longest = '';
  for (const prefix of prefixes) {
    if (prefix.length > longest.length && firstLine.startsWith(prefix)) longest = prefix;
  }
  return longest;
}
