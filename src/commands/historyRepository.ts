import { BASELINE_FILE } from '../config/baseline.js';
import { CONFIG_FILES, PACKAGE_JSON } from '../config/loadConfig.js';
import { treeFiles, type RepoFiles } from '../config/repoFiles.js';
import { KeyguardError } from '../errors.js';
import { bareGitDir } from '../git/bareGitDir.js';
import { readHeadFiles } from '../git/readHeadFiles.js';

/** Where a history command runs git, and, in a bare repository, where its config and baseline come from. */
export interface HistoryRepository {
  readonly root: string;
  /** Set for a bare repository: HEAD's copies of the config and baseline (no work tree to read); the GitHub Action: the base commit's. */
  readonly files?: RepoFiles;
  /** A bare repository (no work tree): the remediation rewrites in a clone. */
  readonly bare?: boolean;
}

/**
 * The repository check-push and scan-history read: the work tree's root (`lookup`), or for a bare
 * repository, where `lookup` rejects for want of a work tree, its git directory. A mirror pushing on
 * runs its pre-push hook there (githooks(5)), and a server-side mirror is where history gets scanned.
 */
export async function historyRepository(cwd: string, lookup: (cwd: string) => Promise<string>): Promise<HistoryRepository> {
  try {
    return { root: await lookup(cwd) };
  } catch (error) {
    const gitDir = error instanceof KeyguardError && error.code === 'not-a-repo' ? await bareGitDir(cwd) : undefined;
    if (gitDir === undefined) throw error;
    const texts = await readHeadFiles(gitDir, [...CONFIG_FILES, PACKAGE_JSON, BASELINE_FILE]);
    return { root: gitDir, files: treeFiles('HEAD', texts), bare: true };
  }
}
