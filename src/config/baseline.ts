import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import type { RepoFiles } from './repoFiles.js';

/**
 * `.keyguard-baseline.json`: findings the team accepted, identified by fingerprint (SHA-256 of
 * the secret, a slow salted hash for a password: report/fingerprint.ts), never by the secret and never by line, so moving code does not invalidate it.
 * `ruleId` and `file` are for the humans reviewing the file.
 */
export const BASELINE_FILE = '.keyguard-baseline.json';

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly reason?: string;
}

/** `scrypt:` for a guessable secret (report/fingerprint.ts), `sha256:` for any other, and in older files. */
const FINGERPRINT = /^(?:sha256|scrypt):[0-9a-f]{64}$/;

/** The accepted entries, or [] when the repository has no baseline. */
export function readBaseline(files: RepoFiles): BaselineEntry[] {
  const text = files.read(BASELINE_FILE);
  if (text === null) return [];
  const name = files.label(BASELINE_FILE);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(name, `is not valid JSON (${(error as Error).message})`);
  }
  const findings = (data as { findings?: unknown } | null)?.findings;
  if ((data as { version?: unknown } | null)?.version !== 1 || !Array.isArray(findings)) {
    throw invalid(name, 'must be {"version": 1, "findings": [...]}');
  }
  return findings.map((entry, i) => checkEntry(entry, i, name));
}

function checkEntry(entry: unknown, index: number, name: string): BaselineEntry {
  const e = entry as Partial<Record<keyof BaselineEntry, unknown>> | null;
  if (typeof e?.fingerprint !== 'string' || !FINGERPRINT.test(e.fingerprint)) {
    throw invalid(name, `findings[${index}].fingerprint: expected "sha256:" or "scrypt:" followed by 64 hex digits`);
  }
  const reason = typeof e.reason === 'string' ? { reason: e.reason } : {};
  return { fingerprint: e.fingerprint, ruleId: String(e.ruleId ?? ''), file: String(e.file ?? ''), ...reason };
}

export function writeBaseline(root: string, entries: readonly BaselineEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file) || a.fingerprint.localeCompare(b.fingerprint));
  writeFileSync(join(root, BASELINE_FILE), `${JSON.stringify({ version: 1, findings: sorted }, null, 2)}\n`);
}

function invalid(name: string, problem: string): KeyguardError {
  return new KeyguardError('config', `${name} ${problem}`, {
    hint: `Fix it, or delete it and run "keyguard baseline" again.`,
  });
}
