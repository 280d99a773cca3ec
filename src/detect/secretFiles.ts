/**
 * Files that are secrets by their name (gitleaks' path-only rules; GitHub's gitignore templates
 * Node.gitignore `.env`, Terraform.gitignore `*.tfstate`): a `.env`, a private key, a keystore,
 * Terraform state (holds provider credentials and every resource's attributes in plain text,
 * https://developer.hashicorp.com/terraform/language/state/sensitive-data). Pure: the caller
 * supplies the staged paths and, for credential-bearing config files, their added lines.
 */

export interface SecretFileKind {
  /** Rule id of the finding, e.g. `secret-file-env`. */
  readonly ruleId: string;
  readonly description: string;
  /** The exact `.gitignore` line that keeps the file out of future commits. */
  readonly gitignoreLine: string;
  /** Only a finding when the file's added lines hold a credential (`.npmrc`, `.pypirc`). */
  readonly needsCredential?: RegExp;
}

/** Every rule id classifySecretFile gives: a config's `disabledRules` may name them. */
export const SECRET_FILE_RULE_IDS: readonly string[] = ['env', 'private-key', 'keystore', 'tfstate', 'git-credentials', 'netrc', 'npmrc', 'pypirc'].map((k) => `secret-file-${k}`);

/**
 * `.env.example` and friends document the variables with empty values: meant to be committed. So is
 * dotenv-vault's encrypted `.env.vault` (https://www.dotenv.org/docs/security/env-vault); its
 * decryption keys, `.env.keys`, are not.
 */
const ENV_TEMPLATE_SUFFIXES = new Set(['example', 'sample', 'template', 'dist', 'defaults', 'schema', 'vault']);
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
    const suffix = lower.slice('.env.'.length);
    if (ENV_TEMPLATE_SUFFIXES.has(suffix)) return undefined;
    return { ruleId: 'secret-file-env', description: 'Environment file (.env) with local secrets', gitignoreLine: name };
  }
  if (lower.endsWith('.pub')) return undefined;
  if (PRIVATE_KEY_NAMES.has(lower) || lower.endsWith('.pem') || lower.endsWith('.key')) {
    return { ruleId: 'secret-file-private-key', description: 'Private key file', gitignoreLine: ignoreLineFor(name) };
  }
  const extension = lower.slice(lower.lastIndexOf('.') + 1);
  if (lower.includes('.') && KEYSTORE_EXTENSIONS.has(extension)) {
    return { ruleId: 'secret-file-keystore', description: 'Keystore (PKCS#12 / Java keystore) holding private keys', gitignoreLine: `*.${extension}` };
  }
  if (lower === 'terraform.tfstate' || lower === 'terraform.tfstate.backup' || lower.endsWith('.tfstate')) {
    return { ruleId: 'secret-file-tfstate', description: 'Terraform state (holds credentials and resource secrets in plain text)', gitignoreLine: '*.tfstate*' };
  }
  return credentialFile(lower);
}

function credentialFile(lower: string): SecretFileKind | undefined {
  if (lower === '.git-credentials') return { ruleId: 'secret-file-git-credentials', description: 'git credential store (plain-text passwords/tokens)', gitignoreLine: '.git-credentials' };
  if (lower === '.netrc' || lower === '_netrc') return { ruleId: 'secret-file-netrc', description: 'netrc file (plain-text logins and passwords)', gitignoreLine: lower };
  if (lower === '.npmrc') return { ruleId: 'secret-file-npmrc', description: '.npmrc with a registry auth token or password', gitignoreLine: '.npmrc', needsCredential: NPMRC_CREDENTIAL };
  if (lower === '.pypirc') return { ruleId: 'secret-file-pypirc', description: '.pypirc with a package index password or token', gitignoreLine: '.pypirc', needsCredential: PYPIRC_CREDENTIAL };
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
}

/**
 * The staged secret files. A deletion is never one: removing a committed `.env` is the fix.
 * `addedText(path)` gives the file's added lines, read only for `.npmrc`/`.pypirc`.
 */
export function findSecretFiles(files: readonly StagedPath[], addedText: (path: string) => string): SecretFileHit[] {
  const hits: SecretFileHit[] = [];
  for (const file of files) {
    if (!CONTENT_STATUSES.test(file.status)) continue;
    const kind = classifySecretFile(file.path);
    if (kind === undefined) continue;
    if (kind.needsCredential !== undefined && !kind.needsCredential.test(addedText(file.path))) continue;
    hits.push({ path: file.path, kind });
  }
  return hits;
}
