import { MAX_CONTENT_BYTES } from './git/blobContent.js';
import type { ScanStats } from './report/types.js';

/**
 * Every fixed user-facing string of the CLI (lint-staged's messages module):
 * constants for fixed text, functions for text with values. Remediation advice
 * lives in src/remediate/, which is the product's voice for blocked commits.
 */

export const BYPASS_HINT =
  'keyguard could not check this commit, so it was stopped (fail closed).\n' +
  'Fix the problem above, or, if you are sure the commit holds no secret, bypass once: git commit --no-verify';

export const NOTHING_STAGED = 'keyguard: nothing staged, nothing to check.';

// The command line (src/parseCommandLine.ts): one line naming the word at fault, plus helpHint.
const didYouMean = (suggestion: string | undefined) => (suggestion === undefined ? '' : `; did you mean ${suggestion}?`);
/**
 * A word from the command line, shown back: quoted with escapes (no terminal control characters) and
 * cut after 40 characters, since a key pasted in the wrong place must not be printed whole.
 */
const word = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
/** An option as typed (`--fromat`, `-x`), shown plainly when it is only letters, digits and dashes. */
const optionWord = (text: string) => (/^--?[A-Za-z0-9][A-Za-z0-9-]{0,39}$/.test(text) ? text : word(text));
const forCommand = (command: string | undefined) => (command === undefined ? '' : ` for ${command}`);
/** `a, b or c`: the valid values, in the order help lists them. */
export const oneOf = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
export const unknownCommand = (name: string, suggestion: string | undefined) => `unknown command ${word(name)}${didYouMean(suggestion)}`;
export const unknownOption = (option: string, command: string | undefined, suggestion: string | undefined) =>
  `unknown option ${optionWord(option)}${forCommand(command)}${didYouMean(suggestion)}`;
/** An option of other commands (`rules --all`): says which take it (up to 3) rather than ignoring it. */
export const optionNotTaken = (option: string, command: string | undefined, takers: readonly string[]) => {
  const who = takers.length > 3 ? '' : ` (${oneOf(takers)} ${takers.length === 1 ? 'takes' : 'take'} it)`;
  return command === undefined ? `${option} goes after a command${who}: keyguard <command> ${option}` : `${command} does not take ${option}${who}`;
};
export const optionNeedsValue = (option: string, values: readonly string[] | undefined) =>
  `${option} needs a value${values === undefined ? '' : `: ${oneOf(values)}`} (${option} VALUE or ${option}=VALUE)`;
export const optionTakesNoValue = (option: string, value: string) => `${option} takes no value (got ${word(value)})`;
export const optionRepeated = (option: string, first: string, second: string) =>
  `${option} given twice (${word(first)}, then ${word(second)}): give it once`;
export const badOptionValue = (option: string, value: string, allowed: readonly string[], suggestion: string | undefined) =>
  `unknown ${option} ${word(value)}${didYouMean(suggestion)} (${oneOf(allowed)})`;
export const badFormat = (value: string, command: string, allowed: readonly string[], suggestion: string | undefined) =>
  `unknown --format ${word(value)}${forCommand(command)}${didYouMean(suggestion)} (${oneOf(allowed)})`;
export const unexpectedArgument = (value: string, command: string, usage: string | undefined) =>
  `unexpected argument ${word(value)}: ${command} takes ${usage === undefined ? 'no arguments' : usage}`;
export const missingArgument = (command: string, usage: string) => `${command} needs ${usage}`;
export const helpHint = (command: string | undefined) => `Run \`keyguard help${command === undefined ? '' : ` ${command}`}\`.`;
/** After a command-line error in a hook command: the hook stops the commit without having scanned. */
export const commandLineBypassHint = (command: string) =>
  command === 'check-receive'
    ? "In the server's pre-receive hook this refuses every push (fail closed): fix the keyguard line there."
    : command === 'check-push'
    ? 'In a pre-push hook this stops the push (fail closed): fix the keyguard line there, or bypass once: git push --no-verify'
    : 'In a git hook this stops the commit (fail closed): fix the keyguard line there, or bypass once: git commit --no-verify';
export const internalError = (detail: string) => `Internal error: ${detail}`;
export const outputFailed = (reason: string) =>
  `could not write the report to standard output (${reason}): it is incomplete, so this run counts as failed.`;
export const submoduleNote = (paths: readonly string[]) =>
  `${paths.length} submodule pointer(s) changed and were not descended into: ${paths.join(', ')}`;
export const binaryNote = (paths: readonly string[]) =>
  `${paths.length} binary file(s) not scanned (binary content: a NUL byte in the first 8000 bytes, git's own test): ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}`;
const MAX_CONTENT_MIB = MAX_CONTENT_BYTES / 1024 / 1024;
/** Why a file's content was not scanned (scanContentChanges); shown after its name. */
export const unscannedReason = (content: { kind: 'too-large'; size: number } | { kind: 'missing' } | { kind: 'lfs-missing' }) => {
  if (content.kind === 'too-large') return `text of ${Math.ceil(content.size / 1024 / 1024)} MiB, over the ${MAX_CONTENT_MIB} MiB keyguard reads whole (text git does not diff as such: an attribute, UTF-16, or over core.bigFileThreshold)`;
  if (content.kind === 'lfs-missing') return 'Git LFS object not present locally (git lfs fetch, then run again)';
  return 'content missing from the repository';
};
const unscannedLines = (entries: readonly { file: string; reason: string; commit?: string }[]) =>
  entries.slice(0, 20).map((e) => `  ${e.commit === undefined ? '' : `${e.commit.slice(0, 12)} `}${e.file}: ${e.reason}`).join('\n') + (entries.length > 20 ? '\n  …' : '');
export const unscannedNote = (entries: readonly { file: string; reason: string; commit?: string }[]) =>
  `${entries.length} file(s) not scanned:\n${unscannedLines(entries)}`;
/** onUnscannable "block": exit 2 (for the hooks the CLI adds how to bypass them: BYPASS_HINT, PUSH_BYPASS_HINT). */
export const unscannableError = (entries: readonly { file: string; reason: string; commit?: string }[]) =>
  `could not scan ${entries.length} file(s), so it cannot vouch for them:\n${unscannedLines(entries)}`;
export const UNSCANNABLE_HINT = 'Make them scannable, or set "onUnscannable": "note" in your keyguard config to only list them.';
export const pathAllowedNote = (count: number) =>
  `${count} staged file(s) skipped by the allowlist in your keyguard config.`;
export const unsafePattern = (index: number, id: string) =>
  `rules[${index}].pattern (rule "${id}"): the pattern can backtrack catastrophically (a quantifier inside a ` +
  'quantified group, e.g. (a+)+, or more than 25 quantifiers), which can hang every commit; ' +
  'write it without nested quantifiers (spell out a repeated group: [A-Z0-9]{4}-[A-Z0-9]{4}-…)';

export function summaryLine(stats: ScanStats, blocking: number, warnings: number): string {
  const size = stats.bytes >= 1024 * 1024
    ? `${(stats.bytes / 1024 / 1024).toFixed(1)} MB`
    : `${(stats.bytes / 1024).toFixed(1)} kB`;
  const binary = stats.binarySkipped > 0 ? `, ${stats.binarySkipped} binary skipped` : '';
  const what = stats.commits === undefined ? `${stats.files} file(s)` : `${stats.commits} commit(s) (${stats.files} file change(s))`;
  return `keyguard: ${blocking} blocking, ${warnings} warning(s); scanned ${what}, ${size} in ${stats.ms} ms${binary}.`;
}

export const INIT_NO_PACKAGE_JSON =
  'No package.json here. Run "keyguard init" in your project folder (npm init -y creates one), ' +
  'or, without npm, copy node_modules/keyguard/hooks/pre-commit to .git/hooks/pre-commit.';
export const INIT_GITIGNORE = 'added .env to .gitignore';
export const INIT_NOTHING = 'keyguard init: already set up, nothing changed.';
export const initBadPackageJson = (path: string) => `${path} is not a valid JSON object; fix it and run init again.`;
export const initInstalled = (specs: readonly string[], command: string) => `installed ${specs.join(' and ')} (${command})`;
export const initAddedDevDependencies = (specs: readonly string[], install: string) =>
  `added ${specs.join(' and ')} to devDependencies in package.json without installing (--no-install): ` +
  `run "${install}" before your next commit (the hooks run the installed keyguard)`;
export const initPrepare = (command: string) => `set the "prepare" script in package.json to run "${command}" (every install activates the hooks)`;
export const initHook = (path: string) => `wrote ${path} (runs keyguard check-staged before every commit)`;
export const initActivated = (hooksPath: string) => `activated the hooks (git config core.hooksPath ${hooksPath})`;
export const initOldHusky = (version: string) =>
  `init: this project uses husky ${version}; keyguard's hooks are husky 9 hooks, which an older husky never activates. Nothing was changed.`;
export const INIT_OLD_HUSKY_HINT =
  'Upgrade husky first ("npm install --save-dev husky@^9.1.7"; husky 9 needs "prepare": "husky" and\n' +
  'hooks in .husky/ without the old "husky.sh" lines), then run "npx keyguard init" again.';
export const initHuskyMissing = 'husky is not installed yet: run "npm install" to activate the hook';
export const initForeignHooksPath = (current: string, huskyDir: string) =>
  `core.hooksPath is already "${current}": left as is. Add the lines of node_modules/keyguard/hooks/pre-commit to the pre-commit hook there, ` +
  `or run "git config core.hooksPath ${huskyDir}/_" to use husky.`;
/** Printed by the hook itself (src/init/hookScript.ts) when it cannot start the installed binary. */
export const hookNotInstalled = (bin: string, dir: string, gitCommand: 'commit' | 'push') =>
  `keyguard: this ${gitCommand} cannot be checked, so it is refused: ${bin} is not installed in ${dir} (no node_modules/.bin/${bin}) ` +
  `or node is not on PATH. Fix: run "npm install" in ${dir}. Bypass once, consciously: git ${gitCommand} --no-verify`;
export const hookUnplaceable = (file: string, reason: string) =>
  `init cannot place keyguard's hook in ${file} where it always runs: ${reason}. ${file} was left unchanged.`;
export const hookUnplaceableHint = (command: string) =>
  `Add "${command}" by hand where it runs on every path (before any exit or exec, not inside an if or a function), ` +
  'then run "keyguard init" again to check it; or bypass once, consciously, with --no-verify.';
export const hookVerified = (file: string, line: number, command: string, hooksPath: string) =>
  `checked ${file}: reaches ${command} (line ${line}, before any exit/exec); git runs it through core.hooksPath ${hooksPath}`;
export const hookUnverified = (file: string, reason: string) => `${file} does not reach keyguard: ${reason}`;
export const HOOK_UNVERIFIED_HINT = 'Fix the hook (keyguard must run on every path through it) and run "keyguard init" again.';
export const hookInactive = (file: string, reason: string) => `${file} is written but not active yet: ${reason}`;
export const hookBinMissing = (bin: string, dirs: readonly string[]) =>
  `${bin} is not installed (no node_modules/.bin/${bin} in ${dirs.join(' or ')}): the hooks refuse every commit until it is`;
export const initDone = (changes: readonly string[]) => `keyguard init:\n${changes.map((c) => `  - ${c}`).join('\n')}`;

// keyguard init --global (src/commands/initGlobal.ts, src/init/globalHookScript.ts)
/** Printed by a global dispatcher when the node or the keyguard copy it records is gone. */
export const globalHookUnrunnable = (gitCommand: 'commit' | 'push') =>
  `keyguard: this ${gitCommand} cannot be checked, so it is refused: the keyguard installed by "keyguard init --global" ` +
  `is gone (its copy of cli.cjs) or node is not found. Fix: run "npx keyguard init --global" again, or remove it with ` +
  `"npx keyguard init --global --uninstall". Bypass once, consciously: git ${gitCommand} --no-verify`;
/** A step of the global pre-push dispatcher failed before keyguard could run (shell text: no quotes inside). */
export const GLOBAL_PUSH_INPUT_UNSAVED =
  'keyguard: this push cannot be checked, so it is refused: the refs git sent could not be saved to a temporary file ' +
  '(mktemp in $TMPDIR, else /tmp: is it writable, or full?). Bypass once, consciously: git push --no-verify';
export const INIT_GLOBAL_OPTIONS = '--global cannot be combined with --lint-staged or --no-install (it installs nothing in a project).';
export const INIT_UNINSTALL_NEEDS_GLOBAL = '--uninstall only undoes "keyguard init --global": use it as "keyguard init --global --uninstall".';
export const INIT_GLOBAL_NO_HOME = 'cannot find your home directory (HOME is not set) to install the global hooks in.';
export const initGlobalWrote = (dir: string, count: number) =>
  `wrote ${count} file(s) in ${dir}: git hook dispatchers (pre-commit, commit-msg and pre-push run keyguard, every hook runs your repository's own first) and keyguard's own copy`;
export const initGlobalHooksPath = (dir: string, previous: string | null) =>
  `set git config --global core.hooksPath ${dir}${previous === null ? '' : ` (it was ${previous}: its hooks keep running, chained)`}`;
export const INIT_GLOBAL_CAVEAT =
  'A repository with its own core.hooksPath (husky sets .husky/_) keeps running only its own hooks: guard it with "npx keyguard init" there.';
export const initGlobalLocalHere = (local: string) =>
  `This repository is one of them: it sets core.hooksPath ${local} itself, so git runs its hooks there, not keyguard's global ones.`;
export const initGlobalModified = (file: string) =>
  `${file} was changed since keyguard wrote it (or was not written by keyguard): left as is, nothing was changed.`;
export const INIT_GLOBAL_MODIFIED_HINT =
  'Move the file away (or undo your edit) and run the command again; keep your own hooks in your repository or in the hooks directory you had before.';
export const initGlobalBadRecord = (path: string) =>
  `${path} (the record of "keyguard init --global") is not valid JSON of keyguard's: fix or remove it and run the command again.`;
export const INIT_GLOBAL_NOTHING = 'keyguard init --global: already set up, nothing changed.';
export const INIT_GLOBAL_NOT_INSTALLED = 'keyguard init --global --uninstall: not installed (no record of it), nothing changed.';
export const initGlobalRemoved = (count: number, dir: string) => `removed ${count} file(s) keyguard had written in ${dir}`;
export const initGlobalKept = (file: string) => `kept ${file}: it was changed since keyguard wrote it`;
export const initGlobalRestored = (previous: string | null) =>
  previous === null ? 'unset git config --global core.hooksPath (it was not set before)' : `restored git config --global core.hooksPath ${previous}`;
export const initGlobalForeignHooksPath = (current: string | null) =>
  `git config --global core.hooksPath is ${current ?? 'unset'} now, not keyguard's directory: left as is`;
export const initGlobalStillSet = (current: string) =>
  `git still reads core.hooksPath = ${current} after it was reset (an [include]d file, several values, or both ~/.gitconfig and $XDG_CONFIG_HOME/git/config set it): nothing was removed, so the hooks keep running. Remove that line by hand (git config --global --show-origin --get-all core.hooksPath), then run keyguard init --global --uninstall again.`;
export const initGlobalNotActive = (current: string | null) =>
  `git still uses core.hooksPath ${current ?? '(unset)'}, not keyguard's directory (a later [include] in your global config?), so the global hooks do not run. ` +
  'Remove that setting and run "keyguard init --global" again.';
export const initGlobalUninstalled = (changes: readonly string[]) => `keyguard init --global --uninstall:\n${changes.map((c) => `  - ${c}`).join('\n')}`;

// git layer (src/git)
export const NOT_A_REPO_HINT = 'Run keyguard inside the working tree of a git repository (a bare repository has nothing staged).';
export const gitFailed = (command: string, detail: string) => `git ${command} failed: ${detail}`;
export const gitNotRunnable = (reason: string) => `cannot run git (${reason}): is git installed and on your PATH?`;
export const GIT_NOT_RUNNABLE_HINT = 'Install git (https://git-scm.com/downloads) or add its directory to PATH.';
export const noSuchDirectory = (cwd: string) => `cannot run git in ${cwd}: no such directory`;

export const baselineWritten = (file: string, total: number, added: number, removed: number) =>
  `keyguard baseline: ${total} finding(s) accepted in ${file} (${added} new, ${removed} no longer found and removed).\n` +
  'Commit the file and review it like code: an accepted key is still a key; prefer revoking it.';
/** check-staged's text output beyond its first findings (commands/listedFindings.ts). */
export const unlistedLine = (blocking: number, warnings: number, files: readonly string[]) => {
  const what = [blocking > 0 ? `${blocking} more blocking finding(s)` : '', warnings > 0 ? `${warnings} more warning(s)` : ''].filter((part) => part !== '').join(' and ');
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? `, and ${files.length - 3} more file(s)` : '');
  return `  … ${what} not listed (in ${shown}): the same command with --format json lists them all.`;
};
export const baselineNote = (count: number) => `${count} finding(s) accepted by .keyguard-baseline.json (not blocking).`;
export const baselineLegacyNote = (count: number) =>
  `${count} of them matched by an old plain SHA-256 baseline entry, from which a password can be guessed: run "keyguard baseline" to rewrite the entries (slow salted hash).`;

// keyguard scan
export const pathsNotFound = (paths: readonly string[]) =>
  `No such file or directory: ${paths.map((p) => JSON.stringify(p)).join(', ')}`;
export const cannotAccess = (path: string, code: string) => `Cannot access "${path}" (${code}).`;
export const STDIN_WITH_PATHS = 'scan --stdin reads standard input only: give either --stdin or paths, not both.';
export const scanHeading = (count: number, inWorkingTree: boolean) =>
  `keyguard: ${count} secret${count === 1 ? '' : 's'} found${inWorkingTree ? ' in the working tree' : ''}`;
export const STDIN_NAME = '<stdin>';
const listed = (paths: readonly string[]) => `${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}`;
export const symlinkNote = (paths: readonly string[]) =>
  `${paths.length} symbolic link(s) not followed: ${listed(paths)}`;
export const specialFileNote = (paths: readonly string[]) =>
  `${paths.length} special file(s) (FIFO, socket, device) not read: ${listed(paths)}`;
export const nestedRepoNote = (paths: readonly string[]) =>
  `${paths.length} submodule(s) or nested repositories not descended into (scan them separately): ${listed(paths)}`;
export const nothingListedNote = (paths: readonly string[]) =>
  `nothing to scan in ${listed(paths)}: every file there is ignored by git (--no-ignore scans them) or the directory is empty`;
export const scanBinaryNote = (paths: readonly string[]) =>
  `${paths.length} binary file(s) not scanned (a NUL byte in the first 8000 bytes, git's own test): ${listed(paths)}`;
export const scanPathAllowedNote = (count: number) => `${count} file(s) skipped by the allowlist in your keyguard config.`;
export const unreadableFiles = (entries: readonly string[]) =>
  `${entries.length} path(s) could not be read, so the scan is incomplete: ${listed(entries)}`;

// keyguard scan-history, check-push, scrub (history scans)
export const spoolUnreadable = (directory: string, reason: string) =>
  `could not read git's output back from its temporary file in ${directory}: ${reason}`;
/** git's diff was cut short (a full TMPDIR under the spool: git does not report it); never quotes content. */
export const DIFF_EMPTY_BUT_STAGED = 'git says changes are staged (diff --exit-code), but its diff output held none: it was cut short';
export const DIFF_LISTS_UNSTAGED = 'git says nothing is staged (diff --exit-code), but its diff output listed files';
export const DIFF_RAW_CUT = "git's diff output ended in its list of files, before the patch: it was cut short";
/** LazyScan.ts: the bundle's rule catalog does not match its rules (a build left half done). */
export const catalogGap = (ruleId: string) => `the rule catalog does not cover rule "${ruleId}", so texts without its keywords could go unscanned: rebuild keyguard (npm run build)`;
export const diffSectionCut = (path: string) => `git's diff output for ${JSON.stringify(path)} stopped after its header lines, before its content`;
export const spoolCutHint = (directory: string) =>
  `git wrote this diff to a temporary file in ${directory}, and git does not report a full disk there. If that filesystem is full, free some space or set TMPDIR to a directory with room, then run keyguard again.`;
export const NO_COMMITS = 'keyguard: no commits yet (unborn branch), nothing to scan.';
export const ALL_WITH_REVISIONS = 'Give either --all or revisions, not both.';
const secrets = (count: number) => `${count} secret${count === 1 ? '' : 's'}`;
const shortIds = (ids: readonly string[]) => `${ids.slice(0, 5).map((id) => id.slice(0, 12)).join(', ')}${ids.length > 5 ? ', …' : ''}`;
export const messageHeading = (count: number) => `keyguard: commit blocked, ${secrets(count)} in the commit message`;
/** Where a key in a message is: `commit message of 1a2b3c4d5e6f`, or of the message file being written. */
export const messagePlace = (kind: 'commit-message' | 'tag-message', of: string) =>
  `${kind === 'commit-message' ? 'commit message' : 'tag message'} of ${of}`;
export const historyHeading = (count: number) => `keyguard: ${secrets(count)} found in git history`;
export const pushHeading = (count: number, remote: string) => `keyguard: push blocked, ${secrets(count)} in commits not yet on ${remote}`;
export const historyProgress = (commits: number) => `keyguard: scanning history… ${commits} commits`;
export const verifyProgress = (keys: number) => `keyguard: --verify: asking the providers about ${keys} key${keys === 1 ? '' : 's'} (at most 30 s)…`;
export const SHALLOW_NOTE =
  'shallow clone: commits before its boundary are not in this repository and were not scanned; a key found in a boundary ' +
  'commit may have been added earlier (git fetch --unshallow, then scan again).';
export const octopusNote = (ids: readonly string[]) =>
  `${ids.length} octopus merge(s) (3+ parents): git shows no diff for them, so edits made in the merge itself were not scanned: ${shortIds(ids)}`;
export const historyBinaryNote = (count: number) => `${count} binary file change(s) not scanned (binary content: a NUL byte in the first 8000 bytes, git's own test).`;
export const historySubmoduleNote = (paths: readonly string[], count: number) =>
  `${count} submodule pointer change(s) not descended into (scan the submodules separately): ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}`;
export const historyAllowlistNote = (count: number) => `${count} file change(s) skipped by the allowlist in your keyguard config.`;
export const alsoInLine = (commits: readonly string[], total: number) =>
  `added ${total - 1} more time(s), in ${shortIds(commits)}`;
// Live verification (--verify; src/verify/, docs/verify.md): why a finding is live, revoked or unknown.
// They name the host that answered and how, never the key.
export const verifyAccepted = (host: string, status: number) => `${host} accepted the key (HTTP ${status})`;
export const verifyRejected = (host: string, status: number) => `${host} rejected the key (HTTP ${status})`;
export const verifyForbidden = (host: string) => `${host} answered HTTP 403: the key may exist without access to this call, or be blocked`;
export const verifyAcceptedWithoutAccess = (host: string) => `${host} accepted the key (HTTP 403: it lacks permission for this call)`;
export const verifyRedirect = (host: string, status: number) => `${host} answered with a redirect (HTTP ${status}), never followed`;
export const verifyRateLimited = (host: string) => `rate limited by ${host} (HTTP 429); try again later`;
export const verifyServerError = (host: string, status: number) => `${host} failed (HTTP ${status})`;
export const verifyUnexpected = (host: string, status: number) => `${host} answered HTTP ${status}, which says nothing about the key`;
export const verifyProviderSaid = (host: string, code: string) => `${host} says the key is invalid (${code})`;
export const verifyProviderAnswered = (host: string, code: string) => `${host} answered "${code}", which says nothing about the key`;
export const verifyNoAnswer = (host: string, reason: string) => `no answer from ${host}: ${reason}`;
export const verifyTimedOut = (seconds: number) => `timed out after ${seconds} s`;
export const verifyBudgetSpent = (seconds: number) => `not checked: the run's ${seconds} s verification budget was used up`;
export const verifyUnsupported = (ruleId: string) => `keyguard has no live check for ${ruleId}`;
export const VERIFY_NOT_A_KEY = 'a secret file, not a key: nothing to ask a provider';
export const VERIFY_NEEDS_AWS_SECRET = 'needs the secret access key, and none was found in the same file';
export const VERIFY_NEEDS_AWS_ID = 'needs the access key id, and none was found in the same file';
export const VERIFY_AWS_TEMPORARY = 'temporary (ASIA) credentials also need their session token, which keyguard does not pair';
export const VERIFY_AWS_MISMATCH = 'AWS knows this key id, but the secret found with it does not match it (SignatureDoesNotMatch)';
export const VERIFY_NEEDS_TWILIO_SID = 'needs its account SID (AC…), which was not found within 400 characters of it';
export const VERIFY_NEEDS_TWILIO_KEY_SID = 'needs its API key SID and account SID, which keyguard does not pair with it';
export const VERIFY_NEEDS_AZURE_ACCOUNT = "needs the storage account, whose own host (<account>.blob.core.windows.net) would come from the file: not asked";
export const VERIFY_GITHUB_REFRESH = 'a refresh token is only accepted by the OAuth token exchange, which would rotate it';
export const VERIFY_GITLAB_ONLY = ' (only gitlab.com is asked; a token of a self-managed instance reads as revoked)';
export const verifyLine = (status: string, detail: string) => `${status}: ${detail}`;
export const verifySummary = (live: number, revoked: number, unknown: number) =>
  `keyguard: verified with the providers: ${live} live${live > 0 ? ' (revoke those first)' : ''}, ${revoked} revoked, ${unknown} unknown (docs/verify.md)`;

export const BARE_REPOSITORY_NOTE = 'Bare repository (no work tree): the keyguard config and baseline were read from HEAD.';
/** A URL's user and password (`https://user:token@host/…`) are never shown: RFC 3986 §3.2.1 userinfo. */
const withoutUserinfo = (text: string) => text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1');
export const NO_REMOTE_URL = 'no remote URL given';
export const remoteSilent = (seconds: number) => `git ls-remote got no answer for ${seconds} s and was stopped`;
export const remoteUnknownNote = (url: string | undefined, reason: string) =>
  `could not ask ${withoutUserinfo(url ?? 'the remote')} which commits it already has (${withoutUserinfo(reason)}); remote-tracking refs are no proof ` +
  '(stale, or another URL\'s), so every commit the push reaches was scanned except the tips git said the remote holds.';
export const NOTHING_TO_PUSH = 'keyguard: nothing new to push, nothing to check.';
export const badPushLine = (line: number) =>
  `line ${line} of git's pre-push input is not "<local ref> <local object id> <remote ref> <remote object id>" (githooks(5) pre-push).`;
export const PUSH_BYPASS_HINT =
  'keyguard could not check this push, so it was stopped (fail closed).\n' +
  'Fix the problem above, or, if you are sure the pushed commits hold no secret, bypass once: git push --no-verify';
/** The bypass a fail-closed hook command prints after its error. */
export const bypassHint = (command: string) =>
  command === 'check-receive' ? RECEIVE_BYPASS_HINT : command === 'check-push' ? PUSH_BYPASS_HINT : BYPASS_HINT;

// keyguard check-receive (the server-side pre-receive hook; docs/server-hooks.md)
export const badReceiveLine = (line: number) =>
  `line ${line} of git's pre-receive input is not "<old object id> <new object id> <ref name>" (githooks(5) pre-receive).`;
export const RECEIVE_NO_LINES =
  'git passed no ref lines to the pre-receive hook (it always passes at least one): the input was lost, so nothing was checked.';
export const NOTHING_RECEIVED = 'keyguard: this push only deletes refs, nothing to check.';
export const receiveHeading = (count: number) => `keyguard: push rejected, ${secrets(count)} in the pushed commits`;
export const receiveUnknownObject = (id: string, ref: string) =>
  `the push sets ${ref} to ${id.slice(0, 12)}, an object this repository (with its quarantine) does not have.`;
export const receiveNotCommit = (ref: string, type: string) =>
  `the push sets ${ref} to a ${type}, not a commit: keyguard scans commits, so content no commit shows is refused unread.`;
export const RECEIVE_BYPASS_HINT =
  'keyguard could not check this push, so the server refused it (fail closed).\n' +
  'Fix the problem above, or ask the server\'s administrator; if this server allows a conscious bypass: git push -o keyguard.skip="<why>"';
export const receiveTimedOut = (seconds: number) =>
  `the scan of this push did not finish within its time budget (${seconds} s), so the push was refused (--on-timeout reject).`;
export const RECEIVE_TIMEOUT_HINT = 'Push fewer commits at a time, or ask the server\'s administrator for a longer --time-budget.';
export const receiveTimeoutAccepted = (seconds: number, updates: readonly { oldId: string; newId: string; ref: string }[]) =>
  `keyguard: WARNING: the scan of this push did not finish within its time budget (${seconds} s): the push was ACCEPTED\n` +
  'keyguard: WARNING: WITHOUT A COMPLETE SCAN (--on-timeout accept). Scan it afterwards: keyguard scan-history <old>..<new>\n' +
  updates.map((u) => `keyguard:   ${u.ref} ${u.oldId.slice(0, 12)}..${u.newId.slice(0, 12)}`).join('\n');
export const SKIP_NOT_ALLOWED_NOTE =
  'the push asked to skip keyguard (keyguard.skip), but this server does not allow it (no --allow-skip): the push was scanned.';
export const SKIP_AVAILABLE_NOTE =
  'this server allows a conscious bypass, logged with your name and reason: git push -o keyguard.skip="<why>"';
export const SKIP_NEEDS_REASON = 'keyguard.skip needs a reason, and the push gave none: git push -o keyguard.skip="<why>"';
export const skipGranted = (reason: string, pusher: string | undefined, log: string | undefined) =>
  `keyguard: push NOT scanned: keyguard.skip by ${pusher ?? 'an unknown pusher'}, reason: ${JSON.stringify(reason)}\n` +
  `keyguard: this server allows the bypass (--allow-skip)${log === undefined ? '' : ' and has logged it'}.`;
export const bypassLogUnwritable = (file: string, reason: string) =>
  `could not record this bypass in ${file} (${reason}); an unrecorded bypass is not granted.`;
export const RECEIVE_HEAD_UNBORN =
  "the repository's HEAD names a branch that does not exist, so its keyguard config cannot be read from HEAD (--config-from head). Point HEAD at the default branch (git symbolic-ref HEAD refs/heads/<branch>), or give the config with --config.";
export const serverFileUnreadable = (path: string, reason: string) => `could not read the server-side keyguard file ${path}: ${reason}`;
export const receiveFilesNote = (config: string | undefined, baseline: string | undefined) =>
  config === baseline
    ? `keyguard config and baseline read from ${config ?? 'nowhere (HEAD has no commit yet): built-in defaults, no baseline'}.`
    : `keyguard config read from ${config ?? 'nowhere: built-in defaults'}; baseline from ${baseline ?? 'nowhere: none'}.`;
export const badChoice = (option: string, value: string, allowed: readonly string[]) => `unknown ${option} ${word(value)} (${oneOf(allowed)})`;
export const CONFIG_FROM_UNUSED = '--config-from has nothing to choose when --config and --baseline both name server-side files: drop it.';
export const ON_TIMEOUT_WITHOUT_BUDGET = '--on-timeout decides what happens when --time-budget runs out: give --time-budget SECONDS too.';
export const badTimeBudget = (value: string) => `--time-budget takes a number of seconds greater than 0, not ${word(value)}`;
export const SCRUB_NEEDS_FILE = 'scrub needs --write-replacements <file>: where to write the git filter-repo expressions.';
export const scrubFileExists = (path: string) =>
  `${path} already exists and is not an empty file only you can read: refusing to overwrite it. Choose a new path.`;
export const SCRUB_NOTHING = 'keyguard scrub: no blocking secret in the scanned history, nothing to write.';
export const scrubInsideWorkTree = (path: string) =>
  `${path} is inside the working tree, where it could be committed: write it outside the repository (e.g. ../keyguard-replacements.txt).`;
export const scrubUnsupported = (count: number) =>
  `${count} key(s) could not be written (not valid UTF-8 in git, so their exact bytes are unknown): remove them by hand.`;
/** What `keyguard scrub` prints after writing the expressions file: exact commands, never a key. */
export const scrubInstructions = (file: string, written: number) => `keyguard scrub: wrote ${written} replacement expression(s) to ${file} (mode 0600).
That file holds the keys themselves: keep it private and delete it when you are done.

1. Revoke every key listed above first: rewriting history does not un-leak a key that was pushed.
2. Rewrite every branch and tag, file contents and commit and tag messages alike
   (https://github.com/newren/git-filter-repo). Preferably in a fresh clone (git clone <url>); anywhere
   else git filter-repo wants --force:
     git filter-repo --replace-text ${file} --replace-message ${file}
3. Verify that no key is left in any commit:
     npx keyguard scan-history --all
4. git filter-repo removes the "origin" remote so the rewrite is not pushed by accident. Add it back,
   fetch (so --force-with-lease knows what it replaces), and force-push:
     git remote add origin <url>
     git fetch origin
     git push --force-with-lease --all origin && git push --force-with-lease --tags origin
5. Tell every collaborator to re-clone (an old clone can push the keys back), and ask your hosting
   platform's support to purge cached views and pull-request refs that still show them.
6. Delete ${file}.`;
// keyguard github-action (the GitHub Action, docs/ci.md) and merge-reports (the org-wide summary)
export const FETCH_DEPTH_HINT =
  'Check out the whole history: actions/checkout with `fetch-depth: 0` (docs/ci.md). keyguard stops here rather than pass commits it could not read.';
export const ACTION_SHALLOW = 'this clone is shallow: the commits to scan cannot all be read, and a key added and removed within them would pass unseen';
export const actionCommitMissing = (what: string, id: string) => `the ${what} commit ${id.slice(0, 12)} is not in this clone`;
export const actionRefMissing = (ref: string) => `the default branch ${JSON.stringify(ref)} is not in this clone, so what this push adds cannot be told apart from what it already had`;
export const NO_EVENT_PATH = 'GITHUB_EVENT_PATH is not set: keyguard github-action runs inside a GitHub Actions job (docs/ci.md); elsewhere use scan-history or scan';
export const eventUnreadable = (path: string, reason: string) => `cannot read the event payload ${path}: ${reason}`;
export const eventFieldMissing = (event: string, field: string) => `the ${event} event payload has no valid ${field}`;
export const unsupportedEvent = (event: string) =>
  `mode pull-request scans what a pull_request, pull_request_target, merge_group or push event adds, not a ${JSON.stringify(event)} event: use mode history or tree for it`;
export const REF_DELETED = 'keyguard: the push deleted a ref, nothing to scan.';
export const actionHeading = (count: number, what: 'pull request' | 'push' | 'merge group') => `keyguard: ${secrets(count)} in the commits of this ${what}`;
export const actionConfigNote = (commit: string) =>
  `keyguard config and baseline read from ${commit.slice(0, 12)}, what the commits build on: changes to them take effect once merged, so a change cannot loosen its own check.`;
export const outputPathUnsafe = (name: string) => `${name} holds a line break: it cannot be written to $GITHUB_OUTPUT`;
export const actionFailed = (message: string) => `keyguard could not scan: ${message}`;
export const SEE_THE_LOG = 'an internal error (see the step\'s log)';
export const reportUnreadable = (file: string, reason: string) => `cannot read the report ${JSON.stringify(file)}: ${reason}`;
export const reportInvalid = (file: string, reason: string) =>
  `${JSON.stringify(file)} is not a keyguard --format json report (version 2): ${reason}`;
export const MERGE_NEEDS_REPORTS = 'merge-reports needs the JSON reports to merge: [NAME=]FILE...';
export const reportLabelTwice = (label: string) => `two reports are labelled ${JSON.stringify(label)}: label each repository once (NAME=FILE)`;
export const initPushHook = (path: string) => `wrote ${path} (runs keyguard check-push before every push)`;
export const initMessageHook = (path: string) => `wrote ${path} (runs keyguard check-message on every commit message)`;

// @@ team-wide setup (issue 5: check-files, -q/-v, init --lint-staged)
export const CHECK_MESSAGE_NEEDS_FILE = 'check-message needs the commit message file (git passes it to the commit-msg hook).';
export const messageUnreadable = (file: string, reason: string) => `could not read the commit message file ${file}: ${reason}`;
export const CHECK_FILES_NEEDS_PATHS = 'check-files needs file names (lint-staged passes the staged ones).';
export const pathOutsideRepo = (path: string, root: string) => `"${path}" is outside the repository at ${root}.`;
/** -v: on stderr, so the report on stdout (json, sarif) stays machine-readable. */
export const verboseLines = (files: readonly string[], allowlisted: number, stats: ScanStats) =>
  `${files.map((f) => `keyguard: scanned ${f}\n`).join('')}` +
  `keyguard: ${stats.files} file(s), ${stats.bytes} byte(s) of added lines in ${stats.ms} ms\n` +
  `keyguard: skipped ${allowlisted} allowlisted, ${stats.binarySkipped} binary\n`;
export const initLintStaged = (file: string) => `added "*": "keyguard check-files" to lint-staged in ${file}`;
export const INIT_NO_LINT_STAGED =
  'init --lint-staged found no lint-staged config here: no "lint-staged" key in package.json\n' +
  'or package.yaml, no .lintstagedrc(.json/.yaml/.yml/.js/.mjs/.cjs/.ts/.mts/.cts) and no\n' +
  'lint-staged.config.(js/mjs/cjs/ts/mts/cts).';
/** A YAML or JS/TS lint-staged config: keyguard does not rewrite it, the user adds one entry. */
export const initLintStagedByHand = (file: string) =>
  `init --lint-staged: lint-staged reads ${file}, which keyguard does not edit, and it does not run keyguard yet.\n` +
  'Nothing was changed: a hook through lint-staged would not have run keyguard.';
export const initLintStagedByHandHint = (file: string) =>
  `Add this entry to the config in ${file}:\n` +
  `    ${/\.ya?ml$|^\.lintstagedrc$/.test(file) ? '"*": keyguard check-files' : '"*": "keyguard check-files",'}\n` +
  '(or add "keyguard check-files" last to the task list of an existing "*" entry),\n' +
  'then run "npx keyguard init --lint-staged" again.';
export const INIT_NO_LINT_STAGED_HINT =
  'Add one, or run "keyguard init" without --lint-staged for a husky hook\nrunning keyguard check-staged.';
export const initLintStagedHook = (path: string) => `wrote ${path} (runs lint-staged before every commit, which runs keyguard check-files on the staged files)`;

// hygiene checks (issue 5)
export const unignoredEnvNote = (paths: readonly string[]) =>
  `${paths.length} .env file(s) not ignored by git (git add -A would stage them), add them to .gitignore: ` +
  `${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}`;
