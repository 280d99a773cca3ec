/**
 * A secret baked into a container image: `ENV`/`ARG` giving a literal value to a secret-named
 * variable in a Dockerfile. Every image layer keeps it (`docker history`, `docker inspect`,
 * anyone who pulls the image), so it blocks whatever the value's format; Docker's own build check
 * SecretsUsedInArgOrEnv flags the same names (https://docs.docker.com/reference/build-checks/
 * secrets-used-in-arg-or-env/). Recognised key formats are reported by their own rules first
 * (earlier in the list); this rule catches the rest, and wins over the generic assignment rule.
 */
import { hasForeignPlaceholder } from '../placeholderPhrases.js';
import type { Rule, Severity } from '../types.js';
import { seededRandom, ALPHABET } from './sampleKit.js';

/** `Dockerfile`, `api.Dockerfile`, `Dockerfile.prod`, `Containerfile` (Podman), in any directory. */
export const DOCKERFILE_PATHS = /(?:^|\/)(?:(?:Dockerfile|Containerfile)(?:\.[^/]*)?|[^/]+\.(?:Dockerfile|Containerfile))$/i;

/**
 * `_PASS` only as the name's last part (`SMTP_PASS`, `RABBITMQ_DEFAULT_PASS`, the images' own
 * names): inside a name it is `PASSTHROUGH`, `BYPASS_…`.
 */
const SECRET_WORD = String.raw`(?:API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET|TOKEN|PASSWORD|PASSWD|CREDENTIALS?|_PASS(?![A-Za-z0-9_]))`;
/** Name bounded on both sides of the word (linear on long runs of word characters). */
const NAME = String.raw`([A-Za-z0-9_]{0,40}?${SECRET_WORD}[A-Za-z0-9_]{0,40})`;
/**
 * `ENV`/`ARG` at the start of a line, any earlier `K=V` pairs of the same instruction, then the
 * secret-named variable, `=` or (legacy `ENV K V`) spaces, an optional quote and the value. A value
 * starting with `$` is a build argument or variable (`${TOKEN}`), not a literal.
 *
 * The earlier pairs may go on over continuation lines (a line ending in `\`, the default escape
 * character: Dockerfile reference, "escape" parser directive), the usual way to set several
 * variables in one layer. At most
 * CONTINUATIONS of them: each instruction start then looks a bounded number of lines ahead, so a
 * file of nothing but continued ENV lines stays linear (redos.test.ts).
 */
const CONTINUATIONS = 16;
const PATTERN = new RegExp(
  String.raw`^[ \t]*(?:ENV|ARG)[ \t]+(?:[^\n]*?\\\r?\n){0,${CONTINUATIONS}}?(?:[^\n]*?[ \t])?${NAME}(?:=|[ \t]+)["']?([^\s"'$\\][^\s"'\\]{0,255})`,
  'gim',
);
/**
 * `POSTGRES_PASSWORD_FILE=/run/secrets/db` is the right way; `TOKEN_TTL=3600` is no secret, nor is
 * a setting that names where or how secrets are kept (`TOKEN_STORE=redis`, `SECRET_PROVIDER=aws`,
 * `PASSWORD_POLICY=strong`, `PASSWORD_HASHER=argon2`: seen in a precision probe, issue 10).
 */
export const NOT_A_SECRET_NAME =
  /_(?:FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|TTL|TIMEOUT|EXPIRY|EXPIRES|LENGTH|HEADER|NAME|TYPE|ID|MODE|ENABLED|VERSION|SCOPES?|ALGORITHM|STORE|STORAGE|PROVIDER|POLICY|BACKEND|HASHER|ENGINE|STRATEGY|FORMAT|KIND|LOCATION|REGION)$/i;

/**
 * What stands in for a value in docs and templates, as the WHOLE value: `<api-key>`, `{{ token }}`
 * (a templated Dockerfile; the value ends at its first space), `changeme`, `your-api-key-here`, `xxxxxxxx`, `***`, `...`, `TODO`,
 * `dummy`. Deliberately narrow, and never a word inside a value: the shared placeholder check
 * (placeholder.ts) and the password judge (credentialJudge.ts) pass `Pr0d-Passw0rd!2024` or
 * `mysupersecretvalue123` for the words in them, but a Dockerfile bakes whatever literal it is
 * given into every image layer (issue 10, item 8).
 */
const DOCKER_PLACEHOLDER =
  /^(?:<[^<>]*>|\{\{.*|\{%.*|change[-_]?(?:me|it)|your[-_].*|.*[-_]here|(?:[A-Za-z0-9]{1,8}[-_]){0,3}(?:[xX]{3,}|\*{3,}|\.{3,}|\u2026)|todo|tbd|fixme|redacted|replace[-_]?me|example|sample)$/i;
/**
 * A value that calls itself fake, as one of its `-`/`_`/`.`-separated words: `dummy`,
 * `fake-token-for-build`, `build_placeholder`. Whole words only: `mysupersecretvalue123` or
 * `Pr0d-Passw0rd!2024` hold no such word.
 */
const FAKE_WORD = /(?:^|[-_.])(?:dummy|fake|placeholder)(?:[-_.]|$)/i;

export function isDockerPlaceholder(value: string): boolean {
  // `sua_senha`, `dein_passwort_hier`: the `your-…`/`…-here` of other languages (placeholderPhrases.ts).
  return DOCKER_PLACEHOLDER.test(value) || FAKE_WORD.test(value) || hasForeignPlaceholder(value);
}

/** Numbers, booleans, `none`/`null`/`disabled` and paths: settings, never a credential. */
export const PLAIN_VALUE = /^(?:\d+|true|false|yes|no|on|off|none|null|disabled|[./~].*)$/i;

function dockerSeverity(value: string, match: RegExpExecArray): Severity | undefined {
  const name = match[1] ?? '';
  if (NOT_A_SECRET_NAME.test(name)) return undefined;
  // `ENV API_KEY API_KEY`: the name repeated where the value goes, a stand-in like `<api-key>`.
  if (value.toLowerCase() === name.toLowerCase()) return undefined;
  if (PLAIN_VALUE.test(value)) return undefined;
  return 'block';
}

const ENV_VAR = 'STRIPE_SECRET_KEY';

export const dockerfileRules: readonly Rule[] = [
  {
    id: 'dockerfile-secret-env',
    provider: 'Dockerfile',
    description: 'Secret in a Dockerfile ENV/ARG: every image layer keeps it',
    keywords: ['env', 'arg'],
    pattern: PATTERN,
    secretGroup: 2,
    paths: DOCKERFILE_PATHS,
    validate: (value) => !isDockerPlaceholder(value),
    // Judged by isDockerPlaceholder alone: the shared check passes any value holding a word like `example`.
    placeholderCheck: false,
    severityOf: dockerSeverity,
    severity: 'block',
    guessable: true,
    supersedes: ['generic-secret-assignment'],
    validation: 'Dockerfile/Containerfile only; ENV or ARG giving a literal (not $VAR, empty, a path, a number or a placeholder) to a *_API_KEY, *_TOKEN, *_SECRET, *PASSWORD* … variable',
    remediation: {
      envVar: 'API_KEY',
      advice: [
        'Image layers keep every ENV/ARG value (docker history shows it), so:',
        '  - at run time: docker run -e API_KEY, or env_file: .env in compose.yaml',
        '  - at build time, a BuildKit secret (never ARG):',
        '      RUN --mount=type=secret,id=api_key,env=API_KEY ./build.sh',
        '      docker build --secret id=api_key,env=API_KEY .',
        '    https://docs.docker.com/build/building/secrets/',
      ],
    },
    samples() {
      const r = seededRandom('dockerfile-secret-env');
      const opaque = () => `${r.chars(6, ALPHABET.base62)}-${r.chars(6, ALPHABET.base62)}`;
      // Hand-typed values that hold words the general placeholder checks look for (issue 10, item 8).
      const typed = [['Pr0d', 'Passw0rd!2024'].join('-'), ['my', 'super', 'secret', 'value123'].join(''), `example-${opaque()}`];
      return {
        path: 'deploy/api.Dockerfile',
        positives: [
          `FROM node:20\nENV ${ENV_VAR}=${opaque()}\nRUN npm ci`,
          `FROM node:20\nENV NODE_ENV=production DB_PASSWORD="${opaque()}"`,
          `FROM python:3.12\nENV API_TOKEN ${opaque()}`,
          `ARG GITHUB_TOKEN=${opaque()}`,
          `  env app_secret='${opaque()}'`,
          // Continued instructions: the secret on the second and third line, with and without indent.
          `FROM node:20\nENV NODE_ENV=production \\\n    DB_PASSWORD=${opaque()} \\\n    PORT=8080`,
          `FROM node:20\nENV NODE_ENV=production \\\r\n  PORT=8080 \\\r\nAPI_TOKEN="${opaque()}"`,
          `FROM postgres:16\nENV DB_PASSWORD=${typed[0]}`,
          `FROM python:3.12\nENV OPENAI_API_KEY=${typed[1]}`,
          `ARG SERVICE_TOKEN="${typed[2]}"`,
          'ENV POSTGRES_PASSWORD=postgres',
          `ENV SMTP_PASS=${opaque()}`,
          `ENV RABBITMQ_DEFAULT_PASS=${typed[1]}`,
          // A mask needs its whole run: a prefix and a few x's inside a value are not one.
          `ENV ${ENV_VAR}=sk-${opaque()}xxx`,
        ],
        negatives: [
          `ENV ${ENV_VAR}=\${${ENV_VAR}}`,
          `ENV ${ENV_VAR}=$${ENV_VAR}`,
          `ARG ${ENV_VAR}`,
          `ENV ${ENV_VAR}=`,
          `ENV ${ENV_VAR}=""`,
          `ENV ${ENV_VAR}=<your-key-here>`,
          `ENV ${ENV_VAR}=changeme`,
          `ENV ${ENV_VAR} ${ENV_VAR}`,
          ...['<stripe-secret-key>', 'your-key-here', 'YOUR_STRIPE_KEY', 'xxxxxxxx', '***', '...', 'TODO', 'dummy', '{{ stripe_key }}'].map(
            (value) => `ENV ${ENV_VAR}=${value}`,
          ),
          'ENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password',
          'ENV TOKEN_TTL=3600',
          // A known key prefix then a mask run; values that call themselves fake.
          ...['sk-xxxxxxxx', 'sk_test_xxxxxxxx', 'example', 'SAMPLE', 'disabled', 'sk-proj-...', 'ghp_****', 'dummy-token', 'fake_api_key_for_build', 'build.placeholder'].map(
            (value) => `ENV ${ENV_VAR}=${value}`,
          ),
          // Settings about where or how secrets are kept, and names that only contain PASS.
          ...['TOKEN_STORE=redis', 'SECRET_PROVIDER=aws-secrets-manager', 'PASSWORD_POLICY=strong', 'PASSWORD_HASHER=argon2', 'SECRET_BACKEND=vault', 'BYPASS_CACHE=on', 'PASSTHROUGH_MODE=on'].map(
            (pair) => `ENV ${pair}`,
          ),
          'ENV NODE_ENV=production PORT=8080',
          // "Your password / key (here)" in other languages (issue 12).
          ...['sua_senha', 'tu_clave_api', 'dein_passwort_hier', 'votre_mot_de_passe', 'la_tua_chiave'].map((value) => `ENV DB_PASSWORD=${value}`),
          `RUN echo ${ENV_VAR}=${opaque()} # not an ENV instruction`,
          'ENV NODE_ENV=production \\\n    TOKEN_TTL=3600 \\\n    PORT=8080',
          `ENV NODE_ENV=production \\\n    ${ENV_VAR}=\${${ENV_VAR}}`,
          // The ENV line is not continued: what follows belongs to the next instruction.
          `ENV NODE_ENV=production\nLABEL ${ENV_VAR}_NOTE=${opaque()}`,
        ],
      };
    },
  },
];
