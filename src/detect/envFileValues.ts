/**
 * A `.env`-family file judged by its values (issue 12): `.env.test` or `.env.ci` often holds only
 * empty values, placeholders, references and settings. Such a file is a note (warn), not a block;
 * one secret-looking value, or a line this reader does not understand, keeps it blocking. Pure:
 * the caller passes the file's added lines. Provider keys are found in the same lines by the
 * content rules whatever this says.
 */
import { decodeJwt, isSignedJwt } from './rules/jwtClaims.js';
import { isDockerPlaceholder, NOT_A_SECRET_NAME, PLAIN_VALUE } from './rules/dockerfile.js';

/**
 * dotenv's line grammar (https://github.com/motdotla/dotenv#what-rules-does-the-parsing-engine-follow):
 * optional `export`, a name, `=` (or `:`), a value, single/double/back-quoted or bare with an
 * optional ` #` comment.
 */
const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]{0,127})\s*[=:]\s*(.*)$/;
const QUOTED = /^(["'`])(.*)\1(?:\s+#.*)?$/;
/** Names that say they hold a secret; any other name with a short or spaced value is a setting. */
const SECRET_NAME = /key|secret|token|pass|pwd|auth|credential|private|salt|signature|dsn|cookie|session|cert/i;
/** A URL carrying a password: `scheme://user:pass@host` (RFC 3986 §3.2.1 userinfo). */
const URL_PASSWORD = /:\/\/[^\s/@:]*:[^\s/@]+@/;
/** `$VAR`, `${VAR}`, `${VAR:-}`: the value comes from elsewhere (dotenv-expand). */
const REFERENCE = /^\$(?:[A-Za-z_]\w*|\{[^{}]*\})$/;
/** Settings values of ordinary names are shorter; a random string this long under any name may be a key. */
const SETTING_LENGTH = 20;

function unquote(value: string): string {
  const quoted = QUOTED.exec(value);
  if (quoted !== null) return quoted[2] ?? '';
  const comment = value.search(/\s#/);
  return (comment === -1 ? value : value.slice(0, comment)).trim();
}

/** A JWT that verifies with a published key or is a documented sample (Supabase's local-dev keys). */
function isPublicJwt(value: string): boolean {
  return decodeJwt(value) !== undefined && !isSignedJwt(value);
}

function isPublicValue(name: string, value: string): boolean {
  if (value === '' || REFERENCE.test(value) || PLAIN_VALUE.test(value) || isDockerPlaceholder(value) || isPublicJwt(value)) return true;
  if (URL_PASSWORD.test(value)) return false;
  if (NOT_A_SECRET_NAME.test(name)) return true;
  return !SECRET_NAME.test(name) && (value.length < SETTING_LENGTH || /\s/.test(value));
}

/**
 * True when `text` assigns at least one variable and every assignment is empty, a placeholder, a
 * reference, a setting or public. No assignment at all (binary, deletions only) cannot tell: false.
 */
export function holdsOnlyPublicEnvValues(text: string): boolean {
  let assignments = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const assignment = ASSIGNMENT.exec(line);
    if (assignment === null) return false;
    assignments++;
    if (!isPublicValue(assignment[1] ?? '', unquote(assignment[2] ?? ''))) return false;
  }
  return assignments > 0;
}
