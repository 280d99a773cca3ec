import { execGit } from './execGit.js';
import { parseGrepOutput } from './parseGrepOutput.js';
import type { HeadLine } from './types.js';

export interface GrepHeadOptions {
  /**
   * Match regardless of case (default true): rule keywords are lower-case literals that the
   * detector's pre-filter matches case-insensitively, so git must not be stricter than it.
   */
  readonly ignoreCase?: boolean;
}

/** Flags that pin the output format against grep.* / color.* / submodule.recurse config. */
const GREP_ARGS = [
  'grep',
  // Skip binary files; show line numbers; NUL after name and number (git-grep(1) "-z").
  '-I', '-n', '-z',
  // grep.column, color.grep, grep.fullName, submodule.recurse, a textconv driver.
  '--no-column', '--no-color', '--full-name', '--no-recurse-submodules', '--no-textconv',
  // Fixed strings, never regexes (beats grep.patternType / grep.extendedRegexp).
  '-F',
];

/**
 * Lines of HEAD's tree containing any of `fixedStrings`. Callers pass rule keywords, never a
 * secret: process arguments are visible to other users (`ps`). Runs from `cwd`, the repo root
 * (git grep only searches below its working directory). An unborn HEAD has no lines: [].
 */
export async function grepHead(cwd: string, fixedStrings: readonly string[], options: GrepHeadOptions = {}): Promise<HeadLine[]> {
  // An empty pattern would match every line of the tree.
  const patterns = fixedStrings.filter((s) => s !== '');
  if (patterns.length === 0) return [];
  const args = [
    ...GREP_ARGS,
    ...(options.ignoreCase === false ? [] : ['-i']),
    // Stuck form (`-e<p>`): a keyword starting with `-` can never be read as an option.
    ...patterns.map((p) => `-e${p}`),
    'HEAD',
    '--',
  ];
  try {
    // git grep exits 1 when no line matched: an answer, not a failure.
    return parseGrepOutput(await execGit(args, { cwd, okExitCodes: [0, 1] }), 'HEAD:');
  } catch (error) {
    // Keep git grep's own error if even this check fails.
    if (await isUnborn(cwd).catch(() => false)) return [];
    throw error;
  }
}

/** True when HEAD names no commit yet (a fresh repository before its first commit). */
async function isUnborn(cwd: string): Promise<boolean> {
  const head = await execGit(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd, okExitCodes: [0, 1] });
  return head.trim() === '';
}
