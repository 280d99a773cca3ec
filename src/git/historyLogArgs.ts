/**
 * `git log` with every property the parser relies on forced on the command line, so no user
 * config changes it (same reasoning as STAGED_DIFF_ARGS, plus the log.* settings):
 */
export const HISTORY_LOG_ARGS: readonly string[] = [
  // Scan the objects as stored: refs/replace/* would show other commits in their place.
  '--no-replace-objects',
  '-c', 'core.quotepath=off', '-c', 'diff.relative=false', '-c', 'diff.suppressBlankEmpty=false',
  '-c', 'core.bigFileThreshold=512m',
  'log',
  // Header: NUL, id, parents, author date, then -z's NUL terminator (parseCommitHeader). tformat:
  // never a pretty.<name> alias. No message, notes (--no-notes), signature check (log.showSignature).
  '--format=tformat:%x00commit %H%x09%P%x09%aI', '--no-notes', '--no-show-signature', '--no-decorate',
  '--raw', '-p', '-z', '--no-abbrev', '-U0', '--inter-hunk-context=0',
  '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--find-renames',
  '--submodule=short', '--ignore-submodules=none', '--src-prefix=a/', '--dst-prefix=b/',
  '--diff-algorithm=myers', '--indent-heuristic', '-O/dev/null',
  // Root commits (and a shallow clone's boundary) show their whole tree as added (beats log.showRoot=false).
  '--root',
  // A merge's own changes: its diff against git's automatic re-merge of its parents, i.e. conflict
  // resolutions and edits made in the merge (git-log(1) "--remerge-diff", git ≥ 2.36; beats
  // log.diffMerges). A plain diff against the first parent would repeat every merged commit.
  '--diff-merges=remerge',
  // Children before parents. Before git 2.48 (gitgitgadget/git#1825) `git log` frees the parent list
  // of every commit it has shown, so a merge shown after one of its ancestors (--reverse, --all in
  // date order) is re-merged without its real merge base: a bogus add/add conflict. In topological
  // order every ancestor of a merge is still unshown when the merge is. It also makes the last
  // commit seen with a key the oldest one (the one that introduced it).
  '--topo-order',
];
