import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';

/**
 * `.keyguard-baseline.json`: findings the team accepted, identified by fingerprint (SHA-256 of
 * the secret), never by the secret and never by line, so moving code does not invalidate it.
 * `ruleId` and `file` are for the humans reviewing the file.
 */
export const BASELINE_FILE = '.keyguard-baseline.json';

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly reason?: string;
}

const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;

/** The accepted entries, or [] when the repository has no baseline. */
export function readBaseline(root: string): BaselineEntry[] {
  let text: string;
  try {
    text = readFileSync(join(root, BASELINE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw invalid(`cannot be read (${(error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(`is not valid JSON (${(error as Error).message})`);
  }
  const findings = (data as { findings?: unknown } | null)?.findings;
  if ((data as { version?: unknown } | null)?.version !== 1 || !Array.isArray(findings)) {
    throw invalid('must be {"version": 1, "findings": [...]}');
  }
  return findings.map((entry, i) => checkEntry(entry, i));
}

function checkEntry(entry: unknown, index: number): BaselineEntry {
  const e = entry as Partial<Record<keyof BaselineEntry, unknown>> | null;
  if (typeof e?.fingerprint !== 'string' || !FINGERPRINT.test(e.fingerprint)) {
    throw invalid(`findings[${index}].fingerprint: expected "sha256:" followed by 64 hex digits`);
  }
  const reason = typeof e.reason === 'string' ? { reason: e.reason } : {};
  return { fingerprint: e.fingerprint, ruleId: String(e.ruleId ?? ''), file: String(e.file ?? ''), ...reason };
}

export function writeBaseline(root: string, entries: readonly BaselineEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file) || a.fingerprint.localeCompare(b.fingerprint));
  writeFileSync(join(root, BASELINE_FILE), `${JSON.stringify({ version: 1, findings: sorted }, null, 2)}\n`);
}

function invalid(problem: string): KeyguardError {
  return new KeyguardError('config', `${BASELINE_FILE} ${problem}`, {
    hint: `Fix it, or delete it and run "keyguard baseline" again.`,
  });
}
