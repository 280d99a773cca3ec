/** What the git layer hands to the rest of keyguard. No simple-git types leak out of src/git/. */

/** One path in the staged change, from `git diff --cached --raw -z` (exact bytes of the name). */
export interface StagedFile {
  /** Repo-relative path with `/`, exactly as git stores it (may contain spaces, quotes, newlines). */
  readonly path: string;
  /** For renames: the path in HEAD. */
  readonly oldPath?: string;
  /** git's one-letter status: A, M, D, R, C, T, U (unmerged), … */
  readonly status: string;
  /** git treats the new content as binary (never parsed as text). */
  readonly binary: boolean;
  /** Gitlink (mode 160000): a submodule pointer, no content of ours to scan. */
  readonly submodule: boolean;
}

/** A run of consecutive added lines of one file, as they will be committed. */
export interface AddedBlock {
  readonly path: string;
  /** 1-based line number, in the new file, of the block's first line. */
  readonly startLine: number;
  /** The added lines joined with `\n` (a trailing `\r` of CRLF lines removed). */
  readonly text: string;
}

export interface StagedDiffResult {
  readonly files: readonly StagedFile[];
  /** Bytes of added-line content handed to the callback. */
  readonly bytes: number;
}

/** One line of HEAD's tree that contains one of the searched fixed strings. */
export interface HeadLine {
  readonly path: string;
  readonly line: number;
  readonly text: string;
}
