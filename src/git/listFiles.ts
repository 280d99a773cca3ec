import { ByteSplitter } from './ByteSplitter.js';
import { execGit } from './execGit.js';

export interface ListFilesOptions {
  /** Also list untracked files that .gitignore, .git/info/exclude or core.excludesFile ignore. */
  readonly includeIgnored?: boolean;
}

/**
 * Files of the working tree at `root` (its top level) under `pathspecs` (root-relative), as raw
 * name bytes: tracked files (`--cached`) plus untracked ones (`--others`), ignored files left out
 * through git's own rules (`--exclude-standard`) unless `includeIgnored` (git-ls-files(1)). Git
 * never lists `.git` itself and does not descend into submodules or nested repositories: a nested
 * untracked repository is listed once as `dir/` (trailing slash), a submodule as its path.
 *
 * Names are bytes, not strings: `-z` prints them verbatim (no quoting), and a name that is not
 * valid UTF-8 must still reach the file system intact.
 */
export async function listFiles(root: string, pathspecs: readonly string[], options: ListFilesOptions = {}): Promise<Buffer[]> {
  const names: Buffer[] = [];
  const seen = new Set<string>();
  const splitter = new ByteSplitter(0, (buffer, start, end) => {
    const name = Buffer.from(buffer.subarray(start, end));
    // An unmerged path is listed once per conflict stage; keep the first.
    const key = name.toString('latin1');
    if (seen.has(key)) return;
    seen.add(key);
    names.push(name);
  });
  await execGit(
    [
      // Pathspecs are literal file names, never globs or magic (git(1) --literal-pathspecs): the
      // caller checked they exist, and a file may be called `*.env` or `:(exclude)x`.
      '--literal-pathspecs',
      'ls-files', '-z', '--cached', '--others',
      ...(options.includeIgnored === true ? [] : ['--exclude-standard']),
      '--',
      ...pathspecs,
    ],
    { cwd: root, onStdout: (chunk) => splitter.push(chunk) },
  );
  return names;
}
