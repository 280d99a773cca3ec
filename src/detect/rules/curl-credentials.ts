/**
 * `curl -u user:password` and `curl --user 'api:…'` (curl(1), `-u, --user <user:password>`): the
 * password of HTTP Basic auth written into a command line, in scripts, CI files, READMEs. Judged as
 * the URL rules judge userinfo (credentialJudge.ts): defaults, templates (`"$USER:$PASS"`) and
 * placeholders give nothing; a password only blocks when it is strong (typed docs values such as
 * `admin:admin123` warn), and only warns for a host that is local (`localhost:9200`).
 */
import type { Rule, Severity } from '../types.js';
import { credentialSeverity, isStrongPassword } from './credentialJudge.js';
import { withKeywordsInMatch } from './patternReach.js';
import { ALPHABET, seededRandom } from './sampleKit.js';

/**
 * `curl`, then on the same command (a line, or lines joined by a trailing `\`) `-u`/`--user`, blank
 * or `=`, an optional quote, `user:password` (the user may be empty: `-u ":password"`). The user
 * holds no `$` (a variable), the password ends at a blank or quote. Each step either is not a backslash or is a backslash with the character it
 * escapes, so the bounded lazy run has one way to match.
 */
const PATTERN =
  /(?<![\w-])curl(?=\s)(?:[^\\\n]|\\[\s\S]){0,512}?\s(?:-u|--user)(?:[ \t]{1,4}|=)["']?([^\s:"'\x60$\\]{0,128}):([^\s"'\x60\\]{1,256})(?=["'\x60\s;|&)]|$)/g;

/** How far after the password a URL's host is looked for (the URL may follow the credentials). */
const HOST_LOOKAHEAD = 512;
const HOST = /:\/\/(?:[^\s/@"']{0,256}@)?([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])/;

/** The host of the request: the first URL of the command, before or after the credentials. */
function requestHost(match: RegExpExecArray): string | undefined {
  const end = match.index + match[0].length;
  const command = match[0] + match.input.slice(end, end + HOST_LOOKAHEAD).split('\n', 1)[0];
  return HOST.exec(command)?.[1];
}

function curlSeverity(password: string, match: RegExpExecArray): Severity | undefined {
  const severity = credentialSeverity(password, match[1] ?? '', requestHost(match));
  return severity === 'block' && !isStrongPassword(password) ? 'warn' : severity;
}

// `curl` opens every match (the pattern starts with it): the rule runs only near the word.
export const curlCredentialRules: readonly Rule[] = [
  withKeywordsInMatch({
    id: 'curl-user-password',
    provider: 'Basic auth',
    description: 'Password in a curl -u / --user user:password argument',
    keywords: ['curl'],
    pattern: PATTERN,
    secretGroup: 2,
    severityOf: curlSeverity,
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'password of curl -u/--user user:password that is not a default, template or placeholder; blocks when strong, warns for a weak one or a local host',
    remediation: {},
    samples() {
      const r = seededRandom('curl-user-password');
      const pw = (length = 24): string => r.chars(length - 2, ALPHABET.base62) + r.chars(2, '0123456789');
      return {
        positives: [
          `curl -u admin:${pw()} https://api.acme-corp.io/v1/items`,
          `curl -s --user 'api:${pw(36)}' https://api.acme-corp.io/v3/messages -F to=ops@acme-corp.io`,
          `curl https://registry.acme-corp.io/v2/_catalog \\\n  --user=deploy:${pw()}`,
          `run: curl -fsSL -u "ci-bot:${pw()}" -X POST https://ci.acme-corp.io/hooks`,
          `curl -u ":${pw()}" https://search.acme-corp.io:9200`,
        ],
        negatives: [
          'curl -u "$USER:$PASS" https://api.acme-corp.io/v1',
          'curl -u ${API_USER}:${API_PASSWORD} https://api.acme-corp.io/v1',
          'curl -u admin:admin http://localhost:8080/api',
          'curl -u elastic:changeme http://localhost:9200',
          "curl --user 'api:YOUR_API_KEY' https://api.acme-corp.io/v3/messages",
          'curl -u user:password https://api.acme-corp.io/v1',
          `curl -u ${pw()}: https://api.acme-corp.io/v1`,
          'curl -u "$(cat ~/.netrc-user):$(cat ~/.netrc-pass)" https://api.acme-corp.io',
          'git push -u origin feature/tokens',
          'docker run -u 1000:1000 acme/app',
          '\tcurl -u username:token`,',
        ],
      };
    },
  }),
];
