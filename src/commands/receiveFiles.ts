import { readFileSync } from 'node:fs';
import { BASELINE_FILE } from '../config/baseline.js';
import { CONFIG_FILES, PACKAGE_JSON } from '../config/loadConfig.js';
import { overlayFiles, treeFiles, type OverlaidFile, type RepoFiles } from '../config/repoFiles.js';
import { KeyguardError } from '../errors.js';
import { hasBranches } from '../git/hasBranches.js';
import { hasHead } from '../git/hasHead.js';
import { readTreeFiles } from '../git/readHeadFiles.js';
import { RECEIVE_HEAD_UNBORN, receiveFilesNote, serverFileUnreadable } from '../messages.js';

/**
 * Which tree check-receive reads the keyguard config and baseline from when no server-side file is
 * given: `head`, the repository's HEAD (its default branch) as it is before this push, which the
 * push cannot change; `pushed`, the pushed commit, which lets whoever pushes change the rules that
 * judge the push (docs/server-hooks.md "Where the config comes from").
 */
export type ConfigFrom = 'head' | 'pushed';

export interface ReceiveFilesOptions {
  readonly configFrom: ConfigFrom;
  /** Server-side files (paths on the server): they replace the tree's config or baseline entirely. */
  readonly config?: string;
  readonly baseline?: string;
}

/** The config and baseline check-receive judges the push with, and a note saying where they came from. */
export async function receiveFiles(gitDir: string, pushedCommit: string, options: ReceiveFilesOptions): Promise<{ files: RepoFiles; note: string }> {
  const overrides = new Map<string, OverlaidFile>();
  if (options.config !== undefined) {
    const text = readServerFile(options.config);
    // Every place a repository's config may be is hidden: the server's file is the only config.
    for (const name of [...CONFIG_FILES, PACKAGE_JSON]) overrides.set(name, { text: null, label: options.config });
    overrides.set(CONFIG_FILES[0], { text, label: options.config });
  }
  if (options.baseline !== undefined) overrides.set(BASELINE_FILE, { text: readServerFile(options.baseline), label: options.baseline });
  const wanted = [...CONFIG_FILES, PACKAGE_JSON, BASELINE_FILE].filter((name) => !overrides.has(name));
  const tree = await treeOf(gitDir, options.configFrom, pushedCommit);
  const texts = wanted.length === 0 || tree === undefined ? new Map<string, string>() : await readTreeFiles(gitDir, tree.revision, wanted);
  const files = overlayFiles(treeFiles(tree?.label ?? 'HEAD', texts), overrides);
  const from = (name: string) => overrides.get(name)?.label ?? tree?.describe;
  return { files, note: receiveFilesNote(from(CONFIG_FILES[0]), from(BASELINE_FILE)) };
}

/** The commit whose tree holds the repository's keyguard files; undefined for an empty repository's HEAD. */
async function treeOf(gitDir: string, from: ConfigFrom, pushedCommit: string) {
  if (from === 'pushed') return { revision: pushedCommit, label: pushedCommit.slice(0, 12), describe: `the pushed commit ${pushedCommit.slice(0, 12)} (--config-from pushed)` };
  // Before the push is accepted no ref has moved (githooks(5) "pre-receive"): this is the old HEAD.
  if (!(await hasHead(gitDir))) {
    // Only an empty repository has no config to read. HEAD naming a branch that does not exist beside
    // others would judge the push by the defaults, without the repository's own rules: fail closed.
    if (await hasBranches(gitDir)) throw new KeyguardError('config', RECEIVE_HEAD_UNBORN);
    return undefined;
  }
  return { revision: 'HEAD', label: 'HEAD', describe: 'HEAD as it was before this push' };
}

/** A server-side file the administrator named: unreadable is an error (fail closed), never "no config". */
function readServerFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new KeyguardError('config', serverFileUnreadable(path, (error as Error).message), { cause: error });
  }
}
