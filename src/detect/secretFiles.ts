import { holdsOnlyPublicEnvValues } from './envFileValues.js';
import { holdsOnlyPublicPem } from './pemContent.js';
import type { Severity } from './types.js';

/**
 * Files that are secrets by their name (gitleaks' path-only rules; GitHub's gitignore templates
 * Node.gitignore `.env`, Terraform.gitignore `*.tfstate`): a `.env`, a private key, a keystore,
 * Terraform state (holds provider credentials and every resource's attributes in plain text,
 * https://developer.hashicorp.com/terraform/language/state/sensitive-data). Pure: the caller
 * supplies the staged paths and, for the kinds judged by content, their added lines.
 */

export interface SecretFileKind {
  /** Rule id of the finding, e.g. `secret-file-env`. */
  readonly ruleId: string;
  readonly description: string;
  /** The exact `.gitignore` line that keeps the file out of future commits. */
  readonly gitignoreLine: string;
  /**
   * Kinds whose verdict depends on the file's added lines: the severity for that text, or undefined
   * for no finding (`.npmrc` without a credential, a `.pem` holding only certificates). `whole`: the
   * file is new to this commit, so its added lines are all it holds.
   */
  readonly judge?: (addedText: string, whole: boolean) => Severity | undefined;
  /** What a `warn` verdict of `judge` reports instead of `description`. */
  readonly warnDescription?: string;
}

/** One kind of secret file: its rule id, what it is, and which files it takes (for `keyguard rules`). */
export interface SecretFileCheck {
  readonly id: string;
  readonly description: string;
  readonly validation: string;
}

const check = (name: string, description: string, validation: string): SecretFileCheck => ({ id: `secret-file-${name}`, description, validation });

/** Every kind classifySecretFile gives, the one place their ids and descriptions are written. */
const CHECKS = {
  env: check('env', 'Environment file (.env) with local secrets', 'file named .env or .env.* (not .env.example, .env.local.example, .sample, .template, .dist, .defaults, .schema or .vault anywhere in the name); a warning when every added value is empty, a placeholder, a reference, a setting or public'),
  privateKey: check('private-key', 'Private key file', 'id_rsa, id_dsa, id_ecdsa, id_ed25519 (and -sk), *.pem, *.key; not *.pub, nor a file whose added lines hold only certificate / public key blocks'),
  keystore: check('keystore', 'Keystore (PKCS#12 / Java keystore) holding private keys', '*.p12, *.pfx, *.jks, *.keystore'),
  tfstate: check('tfstate', 'Terraform state (holds credentials and resource secrets in plain text)', '*.tfstate, terraform.tfstate.backup'),
  gitCredentials: check('git-credentials', 'git credential store (plain-text passwords/tokens)', '.git-credentials'),
  netrc: check('netrc', 'netrc file (plain-text logins and passwords)', '.netrc, _netrc'),
  npmrc: check('npmrc', '.npmrc with a registry auth token or password', '.npmrc whose added lines set _authToken, _auth or _password'),
  pypirc: check('pypirc', '.pypirc with a package index password or token', '.pypirc whose added lines set a password'),
} as const;

/** The secret-file checks, in the order `keyguard rules` lists them. */
export const SECRET_FILE_CHECKS: readonly SecretFileCheck[] = Object.values(CHECKS);

/** Every rule id classifySecretFile gives: a config's `disabledRules` may name them. */
export const SECRET_FILE_RULE_IDS: readonly string[] = SECRET_FILE_CHECKS.map((c) => c.id);

function kind(c: SecretFileCheck, gitignoreLine: string, judge?: SecretFileKind['judge']): SecretFileKind {
  return { ruleId: c.id, description: c.description, gitignoreLine, ...(judge === undefined ? {} : { judge }) };
}

/** Blocks only when the added lines hold a credential (`.npmrc`, `.pypirc`). */
const blockWhen = (credential: RegExp) => (text: string): Severity | undefined => (credential.test(text) ? 'block' : undefined);
/** A certificate or public key is published by design: only other content (or unreadable content) blocks. */
const judgeKeyFile = (text: string): Severity | undefined => (holdsOnlyPublicPem(text) ? undefined : 'block');
const ENV_NOTE = 'Environment file (.env) committed: its values look empty, placeholders or public; keep real ones out of git';
/**
 * A new `.env` with nothing secret in its values is a note: it still belongs in `.gitignore`. An edit
 * of one HEAD tracks blocks whatever its added lines: its other lines, unseen here, may hold the
 * secret that is already in history (the remediation then says revoke and rewrite).
 */
const judgeEnvFile = (text: string, whole: boolean): Severity => (whole && holdsOnlyPublicEnvValues(text) ? 'warn' : 'block');

/**
 * `.env.example` and friends document the variables with empty values: meant to be committed, and
 * the word may sit anywhere among the name's dot-separated parts (`.env.local.example`,
 * `.env.example.local`, `.env.production.sample`). So is dotenv-vault's encrypted `.env.vault`
 * (https://www.dotenv.org/docs/security/env-vault); its decryption keys, `.env.keys`, are not.
 */
const ENV_TEMPLATE_PARTS = new Set(['example', 'examples', 'sample', 'template', 'tmpl', 'tpl', 'dist', 'default', 'defaults', 'schema', 'vault']);
const PRIVATE_KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
const KEYSTORE_EXTENSIONS = new Set(['p12', 'pfx', 'jks', 'keystore']);
/** npm: `//registry/:_authToken=…`, `_auth=…`, `_password=…` (npm docs, .npmrc "Auth related configuration"). */
const NPMRC_CREDENTIAL = /_authToken\s*=\s*[^\s$]|_auth\s*=\s*[^\s$]|_password\s*=\s*[^\s$]/;
/** pypirc: `password = …` under a repository section (packaging.python.org, "The .pypirc file"). */
const PYPIRC_CREDENTIAL = /^\s*password\s*[=:]\s*\S/m;

/** What kind of secret file `path` is (repo-relative, `/`-separated), or undefined for none. */
export function classifySecretFile(path: string): SecretFileKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  if (lower === '.env' || lower.startsWith('.env.')) {
    if (lower.split('.').some((part) => ENV_TEMPLATE_PARTS.has(part))) return undefined;
    return { ...kind(CHECKS.env, name, judgeEnvFile), warnDescription: ENV_NOTE };
  }
  if (lower.endsWith('.pub')) return undefined;
  if (PRIVATE_KEY_NAMES.has(lower) || lower.endsWith('.pem') || lower.endsWith('.key')) {
    return kind(CHECKS.privateKey, ignoreLineFor(name), judgeKeyFile);
  }
  const extension = lower.slice(lower.lastIndexOf('.') + 1);
  if (lower.includes('.') && KEYSTORE_EXTENSIONS.has(extension)) {
    return kind(CHECKS.keystore, `*.${extension}`);
  }
  if (lower === 'terraform.tfstate' || lower === 'terraform.tfstate.backup' || lower.endsWith('.tfstate')) {
    return kind(CHECKS.tfstate, '*.tfstate*');
  }
  return credentialFile(lower);
}

function credentialFile(lower: string): SecretFileKind | undefined {
  if (lower === '.git-credentials') return kind(CHECKS.gitCredentials, '.git-credentials');
  if (lower === '.netrc' || lower === '_netrc') return kind(CHECKS.netrc, lower);
  if (lower === '.npmrc') return kind(CHECKS.npmrc, '.npmrc', blockWhen(NPMRC_CREDENTIAL));
  if (lower === '.pypirc') return kind(CHECKS.pypirc, '.pypirc', blockWhen(PYPIRC_CREDENTIAL));
  return undefined;
}

/** `*.pem` for `server.pem`, the name itself for `id_rsa`. */
function ignoreLineFor(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `*${name.slice(dot)}` : name;
}

/** Git's name-status letters that put content into the commit: added, modified, renamed, copied, type change. */
const CONTENT_STATUSES = /^[AMRCT]/;

export interface StagedPath {
  readonly path: string;
  readonly status: string;
}

export interface SecretFileHit {
  readonly path: string;
  readonly kind: SecretFileKind;
  /** `warn` for a `.env` holding nothing secret; `block` otherwise. */
  readonly severity: Severity;
  /** Modified or type-changed (M, T): HEAD already has this path, so what it holds is in history. */
  readonly tracked?: boolean;
}

/**
 * The staged secret files. A deletion is never one: removing a committed `.env` is the fix.
 * `addedText(path)` gives the file's added lines, read only for the kinds with a `judge`.
 */
export function findSecretFiles(files: readonly StagedPath[], addedText: (path: string) => string): SecretFileHit[] {
  const hits: SecretFileHit[] = [];
  for (const file of files) {
    if (!CONTENT_STATUSES.test(file.status)) continue;
    const kind = classifySecretFile(file.path);
    if (kind === undefined) continue;
    const severity = kind.judge === undefined ? 'block' : kind.judge(addedText(file.path), file.status.startsWith('A'));
    if (severity === undefined) continue;
    hits.push({ path: file.path, kind, severity, ...(/^[MT]/.test(file.status) ? { tracked: true } : {}) });
  }
  return hits;
}
