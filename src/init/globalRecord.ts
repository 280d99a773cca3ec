/**
 * What `keyguard init --global` did, so that `--uninstall` undoes exactly that: the global
 * core.hooksPath it replaced (restored on uninstall) and each file it wrote with its SHA-256 (a file
 * changed since is the user's: left in place). Kept beside the files, in keyguard's config directory.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { lazyCrypto } from '../sha256.js';
import { writeFileAtomically } from './globalFiles.js';

export interface GlobalRecord {
  /** The global core.hooksPath before keyguard set its own, as written; null: it was unset. */
  readonly previous: string | null;
  /** Path relative to keyguard's config directory → SHA-256 (hex) of what keyguard wrote there. */
  readonly files: Readonly<Record<string, string>>;
  /** The parent of keyguard's directory (~/.config) did not exist before: removed again when empty. */
  readonly createdParent?: true;
}

export const hashOf = (content: Buffer): string => lazyCrypto().createHash('sha256').update(content).digest('hex');

export async function readRecord(path: string): Promise<GlobalRecord | null> {
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<GlobalRecord>;
    const files = parsed.files;
    const validFiles = typeof files === 'object' && files !== null && Object.values(files).every((h) => typeof h === 'string');
    if ((parsed.previous === null || typeof parsed.previous === 'string') && validFiles) {
      return { previous: parsed.previous, files, ...(parsed.createdParent === true ? { createdParent: true } : {}) };
    }
  } catch {
    // reported below
  }
  throw new KeyguardError('usage', messages.initGlobalBadRecord(path));
}

export async function writeRecord(path: string, record: GlobalRecord): Promise<void> {
  await writeFileAtomically(path, `${JSON.stringify(record, null, 2)}\n`, 0o644);
}

export async function removeRecord(path: string): Promise<void> {
  await rm(path, { force: true });
}
