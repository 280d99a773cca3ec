import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';

/**
 * Where a repository's own keyguard files (config, baseline) are read from: its work tree, or, in
 * a bare repository, which has none, the tree of a commit (checkPush: HEAD).
 */
export interface RepoFiles {
  /** The file's text, or null when there is none. */
  read(name: string): string | null;
  /** How messages name the file: `.keyguardrc.json`, `HEAD:.keyguardrc.json`. */
  label(name: string): string;
}

/** Synchronous reads: two tiny files on the hook's start-up path, and node:fs/promises costs ms to load. */
export function workTreeFiles(root: string): RepoFiles {
  return {
    read(name) {
      try {
        return readFileSync(join(root, name), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new KeyguardError('config', `Cannot read ${join(root, name)}: ${(error as Error).message}`, { cause: error });
      }
    },
    label: (name) => name,
  };
}

/** Files already read (from a commit's tree), named `<revision>:<name>` in messages. */
export function treeFiles(revision: string, texts: ReadonlyMap<string, string>): RepoFiles {
  return { read: (name) => texts.get(name) ?? null, label: (name) => `${revision}:${name}` };
}

/** A file answered from elsewhere than the repository: its text (null: hidden) and how messages name it. */
export interface OverlaidFile {
  readonly text: string | null;
  readonly label: string;
}

/** `files`, with the names in `overrides` answered from there instead (check-receive's server-side files). */
export function overlayFiles(files: RepoFiles, overrides: ReadonlyMap<string, OverlaidFile>): RepoFiles {
  return {
    read: (name) => (overrides.has(name) ? overrides.get(name)!.text : files.read(name)),
    label: (name) => overrides.get(name)?.label ?? files.label(name),
  };
}
