/**
 * Passwords inside connection strings (secret-formats.md §47, §48; noseyparker postgres.yml,
 * mongo.yml, odbc.yml, http.yml; trufflehog uri, postgres, jdbc): URL userinfo
 * (`scheme://user:password@host`), `Authorization: Basic` headers and ODBC/ADO.NET strings.
 * The secret is the password. Whether it counts, and how much, is credentialJudge.ts's call.
 */
import type { Rule } from '../types.js';
import { credentialSeverity } from './credentialJudge.js';
import { credentialSamples } from './credentialUrlSamples.js';
import { isPlaceholderValue } from './exampleContext.js';

/**
 * RFC 3986 userinfo: the user stops at the first `:`; the password may hold `:` and a raw `@`
 * (split at the last `@` before the host, §47), but never whitespace, quotes, `/?#` or a backslash
 * (a JSON escape ends it). Bounded, so a long run without `@` costs one bounded pass.
 */
const USERINFO = String.raw`([^\s:/?#@"'\x60<>\\]{0,128}):([^\s/?#"'\x60<>\\]{1,256})@`;
/** Host name, IPv6 literal, or a `${DB_HOST}` template (the password can still be real). */
const HOST = String.raw`([A-Za-z0-9._-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\]|\$\{[A-Za-z0-9_]{1,64}\})`;

/**
 * `reach` of the URL rules: the keyword is the scheme; after it at most 653 characters (scheme and
 * `://` 14, user and `:` 129, password and `@` 257, host 253), before it the 1-character look-behind.
 */
const URL_REACH = 768;

function urlPattern(schemes: string): RegExp {
  return new RegExp(String.raw`(?<![A-Za-z0-9+.-])(?:${schemes})://${USERINFO}${HOST}`, 'gi');
}

/**
 * severityOf for the URL rules: groups are user, password, host. A `placeholder` hint is no setting.
 * A "password" that starts with `@` is an empty userinfo (`https://:@google.com@trusted.example`),
 * the host-confusion trick of open-redirect and SSRF payload lists (nextjs-auth0's fixtures; issue
 * 12's eighth sweep): the characters before the last `@` name a host, not a credential.
 */
const judgeUrl = (password: string, match: RegExpExecArray): ReturnType<typeof credentialSeverity> =>
  password.startsWith('@') || isPlaceholderValue(match.input, match.index) ? undefined : credentialSeverity(password, match[1] ?? '', match[3]);

/** `user:password` behind a Basic header (RFC 7617 §2): printable, with a colon after a user. */
function basicCredentials(base64: string): { user: string; password: string } | undefined {
  const text = Buffer.from(base64, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  // Control characters or invalid UTF-8: random base64, not a typed `user:password`.
  if (colon < 1 || /[\u0000-\u001f\u007f\ufffd]/.test(text)) return undefined;
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

const DB_ENV = 'DATABASE_URL';
// No single console: the user's password is changed where the database is hosted (ALTER USER …).
const databaseRemediation = { envVar: DB_ENV };

export const credentialUrlRules: readonly Rule[] = [
  {
    id: 'database-connection-url',
    provider: 'Database',
    description: 'Database connection URL with a password (Postgres, MySQL, MongoDB, Redis, AMQP, SQL Server, ClickHouse)',
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'clickhouse', 'cockroachdb'],
    pattern: urlPattern(String.raw`postgres(?:ql)?|mysqlx?|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb`),
    reach: URL_REACH,
    secretGroup: 2,
    severityOf: judgeUrl,
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'userinfo password that is not a default, template or mask, and not for an example host; warn for a strong password on localhost or a single-label service host',
    remediation: databaseRemediation,
    samples: () => credentialSamples('database'),
  },
  {
    id: 'basic-auth-url',
    provider: 'Basic auth',
    description: 'HTTP/FTP/SMTP/LDAP URL with user:password',
    keywords: ['http://', 'https://', 'ftp://', 'ftps://', 'sftp://', 'smtp://', 'smtps://', 'ldap://', 'ldaps://', 'ws://', 'wss://'],
    pattern: urlPattern('https?|s?ftps?|smtps?|ldaps?|wss?'),
    reach: URL_REACH,
    secretGroup: 2,
    severityOf: judgeUrl,
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'userinfo password that is not a default, template or mask, and not for an example host',
    // No provider to send people to: change the password where the account lives. RFC 3986 §3.2.1
    // explains why `user:password@` in a URL is deprecated.
    remediation: {},
    samples: () => credentialSamples('url'),
  },
  {
    id: 'basic-auth-header',
    provider: 'Basic auth',
    description: 'Authorization: Basic header with base64(user:password)',
    keywords: ['authorization'],
    // Also inside code strings: JSON-escaped (`\"Authorization\": \"Basic …`), and the scheme and
    // credentials as two literals (`"Basic " + "…"`, `("Basic", "…")`).
    pattern: /authorization[\s"'\x60\\:=,]{1,12}basic(?:\s{1,4}|\s{0,4}\\?["'\x60]\s{0,4}[+,]\s{0,4}\\?["'\x60])([A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])/gi,
    reach: 640, // `authorization`, 12 separators, `basic`, 17 joining characters, 514 base64 characters, 1 after
    secretGroup: 1,
    validate: (base64) => basicCredentials(base64) !== undefined,
    severityOf: (base64) => {
      const credentials = basicCredentials(base64);
      return credentials && credentialSeverity(credentials.password, credentials.user, undefined);
    },
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'decodes to printable user:password, password not a default or placeholder (RFC 7617)',
    remediation: {},
    samples: () => credentialSamples('header'),
  },
  {
    id: 'odbc-connection-string-password',
    provider: 'Database',
    description: 'ODBC / ADO.NET connection string with Password= or Pwd=',
    keywords: ['password', 'pwd'],
    // Server (or Data Source, Host) first, then the password within 512 characters of the same line.
    pattern:
      /(?<![A-Za-z0-9])(?:server|data source|address|addr|host)\s{0,4}=\s{0,4}([^;"'\n]{1,255});[^\n"']{0,512}?(?<![A-Za-z0-9])(?:password|pwd)\s{0,4}=\s{0,4}([^;"'\s]{1,128})/gi,
    // The keyword sits between the server part (at most 790 characters before it, look-behind
    // included) and the value (at most 145 after).
    reach: 1024,
    secretGroup: 2,
    severityOf: (password, match) => credentialSeverity(password, '', match[1]),
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'Password/Pwd value that is not a default or placeholder; warn for a strong password on a local server',
    remediation: { envVar: 'ConnectionStrings__Default' },
    samples: () => credentialSamples('odbc'),
  },
];
