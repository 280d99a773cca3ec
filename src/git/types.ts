/** What the git layer hands to the rest of keyguard. No simple-git types leak out of src/git/. */

/** One path in the staged change, from `git diff --cached --raw -z` (exact bytes of the name). */
export interface StagedFile {
  /** Repo-relative path with `/`, exactly as git stores it (may contain spaces, quotes, newlines). */
  readonly path: string;
  /** For renames: the path in HEAD. */
  readonly oldPath?: string;
  /** git's one-letter status: A, M, D, R, C, T, U (unmerged), … */
  readonly status: string;
  /**
   * git showed `Binary files … differ` (content, an attribute, a size above core.bigFileThreshold):
   * no lines of it were parsed; keyguard reads the blobs and decides (scanStagedContent).
   */
  readonly binary: boolean;
  /** Gitlink (mode 160000): a submodule pointer, no content of ours to scan. */
  readonly submodule: boolean;
  /** Blob ids of the old and new side (all zeros where a side does not exist). */
  readonly srcId: string;
  readonly dstId: string;
}

/** A run of consecutive added lines of one file, as they will be committed. */
export interface AddedBlock {
  readonly path: string;
  /** 1-based line number, in the new file, of the block's first line. */
  readonly startLine: number;
  /** The added lines joined with `\n` (a trailing `\r` of CRLF lines removed). */
  readonly text: string;
  /** Set when a long run of added lines is handed over in pieces (PatchReader, PieceRule). */
  readonly piece?: PieceInfo;
}

/**
 * When a long run of added lines is handed over in pieces, and how pieces overlap. git writes the
 * diff into a 64 kB pipe and waits whenever we do not read it: a big file scanned only once its
 * run is complete adds the scan to git's time, pieces let both work at once (npm run bench, case b).
 * A piece ends at a line end; the next one repeats its last lines, so a match that was not
 * complete yet is seen whole: the lines that start within `tail` bytes of the piece's end, and
 * every line from an `opener` found within its `within` bytes of the end (a key block).
 */
export interface PieceRule {
  /** A piece is handed over once the run has collected this many bytes. */
  readonly bytes: number;
  readonly tail: number;
  readonly openers: readonly { readonly opener: string; readonly within: number }[];
}

/** Where a piece overlaps its neighbours, in lines of its text. */
export interface PieceInfo {
  /** Lines in `text`. */
  readonly lines: number;
  /** Leading lines repeated from the previous piece; the first `repeatedFinal` of them were final there. */
  readonly repeated: number;
  readonly repeatedFinal: number;
  /**
   * Trailing lines the next piece repeats (0: the run ends with this piece). The first
   * `carriedFinal` of them are final here: a context line, so `keyguard:allow` on the line before
   * a finding stays visible; the rest wait for the next piece.
   */
  readonly carried: number;
  readonly carriedFinal: number;
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

/** A commit of a history scan, from the header streamHistory asks git log for. */
export interface HistoryCommit {
  /** Full commit id (hex). */
  readonly id: string;
  /** Parent ids: none for a root commit or a shallow clone's boundary, two or more for a merge. */
  readonly parents: readonly string[];
  /** Author date, strict ISO 8601 (`%aI`). */
  readonly authorDate: string;
}

export interface HistoryResult {
  readonly commits: number;
  /** Bytes of `git log` output read (the patch text, headers included). */
  readonly patchBytes: number;
  /** Bytes of added-line content handed to the callback. */
  readonly addedBytes: number;
  /** `diff --git` sections of text files whose added lines were scanned. */
  readonly fileChanges: number;
  /** File changes git showed as binary; collectHistory then counts only real binary content. */
  readonly binarySkipped: number;
  /** Submodule pointer paths that changed (not descended), at most 20, and how many there were. */
  readonly submodules: { readonly paths: readonly string[]; readonly count: number };
  /** Commits without parents: roots, or a shallow clone's boundary (their whole tree shows as added). */
  readonly parentless: number;
  /** Merges of three or more parents: `--remerge-diff` shows nothing for them (their own edits are not scanned). */
  readonly octopus: readonly string[];
}
