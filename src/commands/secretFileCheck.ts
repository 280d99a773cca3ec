import { pushToGroup } from '../collect.js';
import type { Allowlist } from '../config/allowlist.js';
import { classifySecretFile, findSecretFiles, type StagedPath } from '../detect/secretFiles.js';
import { unignoredEnvNote } from '../messages.js';
import type { ReportFinding } from '../report/types.js';
import { secretFileFindings } from './secretFileFindings.js';

/**
 * check-staged's path-based check (secretFiles.ts) fed from the same staged diff: it keeps the
 * added lines of only the files whose verdict depends on them (`.npmrc`, `.pypirc`, `.env`, `*.pem`).
 */
export class SecretFileCheck {
  private readonly texts = new Map<string, string[]>();

  /** Called with every block of added lines, before the path allowlist (which `findings` applies). */
  /** Added text of `path` (each line once: a run handed over in pieces passes only its new lines). */
  see(path: string, text: string): void {
    if (classifySecretFile(path)?.judge === undefined) return;
    pushToGroup(this.texts, path, text);
  }

  /** Findings for the staged secret files that neither the path allowlist nor the baseline accepts. */
  findings(files: readonly StagedPath[], allow: Allowlist, accepted: ReadonlySet<string>, disabled: readonly string[] = []): ReportFinding[] {
    const considered = files.filter((f) => !allow.pathAllowed(f.path));
    const hits = findSecretFiles(considered, (path) => (this.texts.get(path) ?? []).join('\n')).filter((h) => !disabled.includes(h.kind.ruleId));
    return secretFileFindings(hits).filter((f) => !accepted.has(f.fingerprint));
  }
}

/**
 * The `.gitignore` guard: a note (never a finding, never the exit code) when `.env` files that
 * hold secrets (not `.env.example`) sit on disk unignored. Started early by the caller, read last.
 */
export async function unignoredEnvNotes(pending: Promise<readonly string[]>): Promise<string[]> {
  const paths = (await pending).filter((path) => classifySecretFile(path)?.ruleId === 'secret-file-env');
  return paths.length === 0 ? [] : [unignoredEnvNote(paths)];
}
