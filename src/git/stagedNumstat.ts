import { KeyguardError } from '../errors.js';
import { diffAddedLinesCut, NUMSTAT_MISMATCH } from '../messages.js';
import { execGit } from './execGit.js';
import { parseNumstat, type NumstatEntry } from './parseNumstat.js';
import type { PatchPart } from './PatchReader.js';
import type { FileRecord } from './RawRecords.js';

/**
 * Statuses whose section can lose whole hunks without the patch showing it: a changed file may have
 * several, while a new file has one hunk that must end where its header says, and the other checks
 * (DiffParser, PatchReader) catch a cut anywhere else. Never a type change (T): that is split into a
 * deletion and a creation (RawRecords.sectionsOf).
 */
const SEVERAL_HUNKS = new Set(['M', 'R', 'C']);

/**
 * Options of the -p run that --numstat must not get: `-U<n>` and `--inter-hunk-context` imply
 * --patch (git-diff(1)), and git 2.39's --no-patch would silence --numstat as well. They do not
 * change the counts: context lines are never counted.
 */
const PATCH_ONLY = new Set(['--raw', '--exit-code', '-U0', '--inter-hunk-context=0']);

/** Raw entries whose added lines `git diff --numstat` must confirm: both sides exist and differ. */
export function needsCount(file: FileRecord): boolean {
  return SEVERAL_HUNKS.has(file.status) && file.srcId !== file.dstId;
}

/**
 * The same staged diff as `args` (the -p run's arguments), as `--numstat` limited to changed files
 * (`--diff-filter=MRC`: the filter applies after rename detection, so pairs are those of the -p run).
 * A second git run, through a pipe, which no full disk can cut; it costs one git start while the
 * first run is still writing, and only when a changed file is staged (never for an initial commit).
 */
export async function stagedNumstat(cwd: string, args: readonly string[]): Promise<NumstatEntry[]> {
  const numstatArgs = args
    .filter((arg) => !PATCH_ONLY.has(arg))
    .flatMap((arg) => (arg === '-p' ? ['--numstat', '--diff-filter=MRC'] : [arg]));
  return parseNumstat(await execGit(numstatArgs, { cwd }));
}

/** Fails closed unless every changed file's section holds as many added lines as git counts. */
export function assertAddedLines(files: readonly FileRecord[], parts: readonly PatchPart[], numstat: readonly NumstatEntry[]): void {
  const partOf = new Map(parts.map((part) => [part.target, part]));
  const changed = files.filter((file) => SEVERAL_HUNKS.has(file.status));
  if (changed.length !== numstat.length) throw new KeyguardError('internal', NUMSTAT_MISMATCH);
  changed.forEach((file, i) => {
    const { added, path } = numstat[i]!;
    const part = partOf.get(file);
    if (path !== file.path || part === undefined) throw new KeyguardError('internal', NUMSTAT_MISMATCH);
    if (added === undefined ? !file.binary : part.added !== added) {
      throw new KeyguardError('internal', diffAddedLinesCut(file.path, part.added, added ?? 0));
    }
  });
}
