import { DiffParser } from './DiffParser.js';
import { streamGitOutput } from './streamGitOutput.js';
import type { AddedBlock, PieceRule, StagedDiffResult } from './types.js';

/** More lines than any text file has: 512 MiB (core.bigFileThreshold) holds fewer; git reads an int. */
const ONE_HUNK = 2 ** 31 - 1;

/**
 * `git diff --cached` with no commit argument: "changes you staged for the next commit relative
 * to the named <commit> … defaults to HEAD. If HEAD does not exist (e.g. unborn branches) …
 * shows all staged changes" (git-diff(1) "--cached"). The index read is the one GIT_INDEX_FILE
 * names when set, i.e. the one `git commit -a` / `git commit <path>` is about to commit.
 *
 * Every output property the parser relies on is forced, so no user config changes it:
 */
export const STAGED_DIFF_ARGS: readonly string[] = [
  // Names come from the -z raw records (never quoted); this only keeps headers plain.
  '-c', 'core.quotepath=off',
  // Belt and braces next to --no-relative (diff.relative, git-config(1)).
  '-c', 'diff.relative=false',
  // An empty context line must still start with a space (git-config(1) diff.suppressBlankEmpty).
  '-c', 'diff.suppressBlankEmpty=false',
  // git's default: diff treats blobs above the threshold as binary (git-config(1)
  // core.bigFileThreshold). A low value would send every file down the slower path that reads
  // blobs git shows as binary (scanStagedContent); above it, that path names the file.
  '-c', 'core.bigFileThreshold=512m',
  'diff', '--cached',
  // Raw records (exact names, modes, status) and the patch, in one run: the same snapshot.
  '--raw', '-p', '-z', '--no-abbrev',
  // Exit 1 when anything is staged, whatever reached --output (git-diff(1) --exit-code): an empty
  // output then means a cut one, never "nothing staged".
  '--exit-code',
  // No context (beats diff.context), and one hunk per file (beats diff.interHunkContext): changes
  // closer than this many lines share a hunk (git-diff(1) --inter-hunk-context), and no text file
  // has more lines (core.bigFileThreshold below). The unchanged lines between a file's changes come
  // as context, which the parser counts and skips. A file section is then complete exactly when it
  // has its one hunk, so output cut at a line boundary always shows (PatchReader.oneHunk): a full
  // disk under the spool is never silent (SpoolFile).
  '-U0', `--inter-hunk-context=${ONE_HUNK}`,
  // No colour escapes, no external diff driver or textconv filter (diff.external, diff.<driver>.*).
  '--no-color', '--no-ext-diff', '--no-textconv',
  // Repo-relative paths, renames but not copies (beats diff.renames=copies).
  '--no-relative', '--find-renames',
  // A gitlink is one `Subproject commit` line and is never skipped (beats diff.submodule=log,
  // diff.ignoreSubmodules, submodule.<name>.ignore).
  '--submodule=short', '--ignore-submodules=none',
  '--src-prefix=a/', '--dst-prefix=b/',
  // Deterministic hunks and file order (diff.algorithm, diff.indentHeuristic, diff.orderFile;
  // `-c diff.orderFile=` is rejected by git 2.39: "failed to read orderfile ''").
  '--diff-algorithm=myers', '--indent-heuristic', '-O/dev/null',
];

/**
 * Stream the added lines of exactly what `git commit` will record in the repository at
 * `cwd` (its root). Calls `onBlock` once per run of consecutive added lines, as git produces
 * them; the whole diff is never held in memory. A git failure rejects with KeyguardError('git').
 */
export async function streamStagedDiff(
  cwd: string,
  onBlock: (block: AddedBlock) => void,
  options: { base?: string; paths?: readonly string[]; pieces?: () => PieceRule | undefined } = {},
): Promise<StagedDiffResult> {
  const parser = new DiffParser(onBlock, options.pieces);
  return streamGitOutput((output) => stagedDiffArgs({ ...options, output }), {
    cwd,
    okExitCodes: [0, 1],
    onChunk: (chunk) => parser.push(chunk),
    finish: (exitCode) => parser.end(exitCode === 1),
  });
}

/**
 * With `base` = the empty tree, every line in the index counts as added (`keyguard baseline`).
 * With `paths` (`keyguard check-files`), only those paths: `--literal-pathspecs` (git(1)) so a
 * name like `*.ts` or `:(top)x` is a file name, never a glob or magic. Pathspecs are relative
 * to the directory git runs in, so callers pass repo-relative paths and run git at the root.
 * Rename detection only sees the given paths: a renamed file given alone counts as all-added.
 * With `output`, git writes the diff to that file instead of stdout (git-diff(1) --output).
 */
export function stagedDiffArgs(options: { base?: string; paths?: readonly string[]; output?: string | undefined }): string[] {
  const args = options.paths === undefined ? [...STAGED_DIFF_ARGS] : ['--literal-pathspecs', ...STAGED_DIFF_ARGS];
  if (options.output !== undefined) args.push(`--output=${options.output}`);
  if (options.base !== undefined) args.push(options.base);
  if (options.base !== undefined || options.paths !== undefined) args.push('--', ...(options.paths ?? []));
  return args;
}
