/**
 * Is a password in a connection URL, a Basic header or an ODBC string a real credential?
 * Tells from secret-formats.md §47/§48 and Appendix B: docs and docker-compose defaults
 * (`postgres:postgres`, `guest:guest`, `root:root`), templates, masked values, example hosts.
 *
 * Severity by host. A real-looking password for a routable host blocks. For a host that only
 * resolves on the developer's machine or inside one container network (localhost, 127.x, a
 * single-label compose/k8s service name such as `db`), a strong password only warns: without
 * access to that machine or network it is useless, and blocking every generated password in a
 * compose file trains people to bypass the hook. It still warns, not passes, because tunnels
 * (Cloud SQL Auth Proxy, `kubectl port-forward`, SSH -L) put production passwords on localhost.
 * Weak passwords on such hosts are dev defaults: no finding. A password equal to the user name
 * warns on a routable host (sameAsUserOnRemoteHost).
 */
import { shannonEntropy } from '../entropy.js';
import { deleet, isPlaceholder, repeatsShortPattern } from '../placeholder.js';
import type { Severity } from '../types.js';
import { isPublicDocsSample } from './docsSamples.js';

/** Defaults of database images and docs (`POSTGRES_PASSWORD: postgres`, RFC 7617's Aladdin). */
const DEFAULTS = new Set([
  ...('password pass passwd pwd pw secret changeme change_me root toor admin administrator postgres postgresql ' +
    'mysql mariadb mongo mongodb redis guest rabbitmq bitnami sa test testing example default dev development ' +
    'local demo user username qwerty letmein welcome hunter2 foobar mypass dbpass p@ssw0rd passw0rd s3cr3t ' +
    // redis.conf's example `requirepass foobared`, in Redis clients' docs (node-redis README).
    'sekret topsecret pa55word foobared testpass testuser minio minioadmin').split(' '),
  'open sesame',
  // GitHub's fixed password for a token given as the user name (github-oauth-basic.ts).
  'x-oauth-basic',
]);

/** Words people type where the value should go. */
const PLACEHOLDER_WORDS = /passw|secret|changeme|example|placeholder|your|redacted|dummy|sample|xxx|\*\*|\.\.\./i;
/** `${DB_PASSWORD}`, `$PASSWORD`, `{{ pw }}`, `%(password)s`, `<password>`, `%s`, `:password` binds. */
const TEMPLATE = /^[$:%]|\$\{|\{\{|\}\}|%\(|<|>|%s/;
/**
 * An environment variable's name where its value would go: docs listing `SNOWFLAKE_PAT`,
 * `SNOWFLAKE_TOKEN` side by side (crewAI's docs, 60 blocks in issue 12's sweep), `DB_PASSWORD` in a
 * URL template. Upper case, digits and at least one `_` between words: no generated secret's shape.
 */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Host names that only stand for "your host" in documentation. */
const PLACEHOLDER_HOSTS = new Set(
  'host hostname server servername myserver myserveraddress your-host yourhost your_host myhost domain dbhost db-host db_host database-host'.split(' '),
);
const EXAMPLE_TLDS = ['example', 'test', 'invalid'];
/** RFC 2606's example domains. */
const RESERVED_DOMAINS = ['example.com', 'example.org', 'example.net'];
/**
 * The metasyntactic domains tests use like RFC 2606's (ansible's log sanitizer test:
 * `http://username:pas:word@foo.com/data`; issue 12).
 */
const EXAMPLE_DOMAINS = [...RESERVED_DOMAINS, 'foo.com', 'bar.com', 'baz.com', 'foobar.com', 'foo.bar'];

/** A host under a name reserved for documentation and tests: RFC 2606 (`example.com`/`.org`/`.net`, `.example`, `.test`, `.invalid`), RFC 6761 (`.localhost`). */
export function isReservedHost(rawHost: string): boolean {
  const labels = rawHost.toLowerCase().split('.');
  const last = labels.at(-1) ?? '';
  return RESERVED_DOMAINS.includes(labels.slice(-2).join('.')) || EXAMPLE_TLDS.includes(last) || last === 'localhost';
}

export type HostKind = 'example' | 'local' | 'remote';

/**
 * A first label that says "yours" (`yourapp.com`, `your-domain.com`, `yourcompany.okta.com`): docs
 * write it where the reader's own host goes (logto's changelog: a magic link on `yourapp.com`).
 */
const YOUR_LABEL = /^your[-_a-z0-9]*$/;

export function hostKind(rawHost: string): HostKind {
  const host = rawHost.toLowerCase().replace(/^tcp:/, '').replace(/^\[|\]$/g, '').split(/[,\\]/)[0] ?? '';
  const labels = host.split('.');
  const domain = labels.slice(-2).join('.');
  if (PLACEHOLDER_HOSTS.has(host) || EXAMPLE_DOMAINS.includes(domain) || EXAMPLE_TLDS.includes(labels.at(-1) ?? '') || YOUR_LABEL.test(labels[0] ?? '')) {
    return 'example';
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host === 'host.docker.internal') return 'local';
  if (/^127\.|^0\.0\.0\.0$|^::1$|^\(local(?:db)?\)$|^\.$/.test(host)) return 'local';
  // One label and not an IP: a compose service or k8s service name, not routable on the internet.
  if (/^[a-z][a-z0-9_-]*$/.test(host)) return 'local';
  return 'remote';
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Typed by a person for a tutorial or a dev box, not a credential worth a finding. */
export function isTrivialPassword(rawPassword: string, user = ''): boolean {
  const password = decoded(rawPassword);
  const lower = password.toLowerCase();
  return (
    password.length < 6 ||
    DEFAULTS.has(lower) ||
    // `pässword` (werkzeug's IRI tests): a default word with its accents dropped; `pass%2Fword`
    // (kratos' SMTP URL tests): one split by punctuation.
    DEFAULTS.has(lower.normalize('NFD').replace(/\p{M}/gu, '')) ||
    DEFAULTS.has(decoded(rawPassword).toLowerCase().replace(/[^a-z0-9@]/g, '')) ||
    // `pa$$word`, `p@ssw0rd` (symfony's URL validator tests; issue 12): a default in leetspeak.
    DEFAULTS.has(deleet(lower, PASSWORD_LEET)) ||
    // `admin123`, `testpass123!` (spring-boot's smoke-test Basic header; issue 12): a default and a count.
    DEFAULTS.has(lower.replace(/[0-9]{1,4}!?$/, '')) ||
    // `pass pass`, `admin-admin`, `root:root`, `pass@host`: nothing but default words and "your host".
    lower.split(/[^a-z0-9@]+/).every((word) => word === '' || DEFAULTS.has(word) || defaultsAt(word)) ||
    lower === decoded(user).toLowerCase() ||
    PLACEHOLDER_WORDS.test(password) ||
    TEMPLATE.test(password) ||
    ENV_NAME.test(password) ||
    isPlaceholder(password) ||
    isPublicDocsSample(password) ||
    isMostlyRepeated(password) ||
    // `pwpwpw` (aiohttp's long-host test URL; issue 12): one short unit typed three times or more.
    repeatsShortPattern(password) ||
    isKeyboardWalk(lower) ||
    CODE_REFERENCE.test(password)
  );
}

/**
 * An expression where a literal would be: `env.SEQ_SNOWFLAKE_PW`, `process.env.DB_PASSWORD`,
 * `config.db.password` (sequelize's test config, read by a rule that takes bare values; issue 12).
 */
const CODE_REFERENCE = /^(?:process\.env|import\.meta\.env|os\.environ|env|ENV|config|settings|self|this|cfg|conf|options|opts|ctx|secrets|vars|params)(?:\.[A-Za-z_$][\w$]*)+$/;

/** Leetspeak of passwords beyond placeholder.ts's common readings: `adm1n`, `b8`, `secret!`→`secreti`. */
const PASSWORD_LEET: Readonly<Record<string, string>> = { '1': 'i', '8': 'b', '!': 'i' };

/** Keyboard rows and the alphabet: a run of 4+ along one of them is typed, not chosen. */
const WALKS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'abcdefghijklmnopqrstuvwxyz'];

/**
 * `asdfqwer1234asdf` (the Heroku Redis docs URL in laravel's tests; issue 12): runs of 4+ keys
 * along a keyboard row or the alphabet cover 75% or more of a password of 8+ characters.
 */
function isKeyboardWalk(password: string): boolean {
  if (password.length < 8) return false;
  const covered = new Uint8Array(password.length);
  for (let i = 0; i + 4 <= password.length; i++) {
    const four = password.slice(i, i + 4);
    if (WALKS.some((row) => row.includes(four))) covered.fill(1, i, i + 4);
  }
  return covered.reduce((sum, c) => sum + c, 0) >= 0.75 * password.length;
}

/**
 * Keyboard mash: a short run typed over and over makes most of the value (`basdasdasda%2Fc`, kratos'
 * SMTP URL tests; `qweqweqwe1`, `abcabcabc`; issue 12's third sweep). A run with period 1–4 of at
 * least 8 characters covering 70% of the password: no chosen or generated password looks so.
 */
function isMostlyRepeated(password: string): boolean {
  for (let period = 1; period <= 4; period++) {
    let run = 0;
    for (let i = period; i < password.length; i++) {
      run = password[i] === password[i - period] ? run + 1 : 0;
      const length = run + period;
      if (run > 0 && length >= 8 && length >= 0.7 * password.length) return true;
    }
  }
  return false;
}

/** `pass@host`, `admin@server`: a default word at a placeholder host name. */
function defaultsAt(word: string): boolean {
  const at = word.indexOf('@');
  return at > 0 && DEFAULTS.has(word.slice(0, at)) && PLACEHOLDER_HOSTS.has(word.slice(at + 1));
}

/** Generated or at least varied: 12+ characters of 3 classes, or 16+ with high entropy. */
export function isStrongPassword(rawPassword: string): boolean {
  const password = decoded(rawPassword);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(password)).length;
  return (password.length >= 12 && classes >= 3) || (password.length >= 16 && shannonEntropy(password) >= 3.5);
}

/** A literal host name or IP, not a `${DB_HOST}` template (compose files and docs fill those in). */
const LITERAL_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d+)?$/;

/**
 * `admin:admin@db.prod.acme.io`: the password is the user name (issue 12). On a developer's machine
 * or a compose network that is a dev default like `postgres:postgres`; on a routable host it is a
 * real account with a guessable password, which anyone who reads the URL can use: still a
 * credential, worth a warning (the value itself is no secret to rotate, the account is open).
 */
function sameAsUserOnRemoteHost(rawPassword: string, user: string, host: string | undefined): boolean {
  const password = decoded(rawPassword);
  return (
    host !== undefined &&
    LITERAL_HOST.test(host) &&
    password.length >= 3 &&
    password.toLowerCase() === decoded(user).toLowerCase() &&
    !PLACEHOLDER_WORDS.test(password) &&
    !TEMPLATE.test(password) &&
    !isPlaceholder(password) &&
    hostKind(host) === 'remote'
  );
}

/** The finding's severity, or undefined when the credential is a default, a template or an example. */
/**
 * A password made of its user's name (`johndoe:john-key`, `comma,user:commapass`: apisix's
 * basic-auth docs and tests; issue 12's ninth sweep): it holds the first four letters of a word of
 * four or more letters of the user name. Typed for a demo, or a weak real one: a warning either way.
 */
function builtFromUser(password: string, user: string): boolean {
  const lower = decoded(password).toLowerCase();
  return decoded(user)
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => word.length >= 4 && lower.includes(word.slice(0, 4)));
}

export function credentialSeverity(password: string, user: string, host: string | undefined): Severity | undefined {
  if (sameAsUserOnRemoteHost(password, user, host)) return 'warn';
  // Anonymous FTP (RFC 1635): the "password" is the caller's e-mail address by convention, not a secret.
  if (isTrivialPassword(password, user) || /^(?:anonymous|ftp)$/i.test(user)) return undefined;
  const kind = host === undefined ? 'remote' : hostKind(host);
  if (kind === 'example') return undefined;
  if (kind === 'local') return isStrongPassword(password) ? 'warn' : undefined;
  return builtFromUser(password, user) ? 'warn' : 'block';
}
