import type { CommandName } from './commandNames.js';
import { ACTION_MODES } from './action/actionModes.js';
import { FAIL_ON } from './commands/failOn.js';
import type { OutputFormat } from './commands/types.js';
import * as messages from './messages.js';

/**
 * The command line as data: every option and, per command, what it accepts. The parser
 * (src/parseCommandLine.ts) accepts exactly what is listed here and src/cliHelp.ts documents exactly
 * that (`keyguard help`, `keyguard <command> --help`), so nothing is parsed undocumented or documented
 * twice; the command reference in docs/commands.md is checked against it (test/unit/cli/cliSpec.test.ts).
 */
export interface OptionSpec {
  readonly type: 'boolean' | 'string';
  /** One letter: `-q`. */
  readonly short?: string;
  /** The value's name in help (`--reason TEXT`); string options only. */
  readonly value?: string;
  readonly description: string;
  /** The only values a string option takes (the parser refuses others, naming these); the first is the default. */
  readonly values?: readonly string[];
}

export const OPTIONS = {
  format: { type: 'string', value: 'FORMAT', description: 'output format' },
  quiet: { type: 'boolean', short: 'q', description: 'findings and errors only: no notes, no summary line, nothing at all when clean' },
  verbose: { type: 'boolean', short: 'v', description: 'also each scanned file, the counts and the time, on stderr (stdout stays parseable)' },
  color: { type: 'boolean', description: 'colours on, even when stdout is not a terminal (beats NO_COLOR and FORCE_COLOR)' },
  'no-color': { type: 'boolean', description: 'colours off (beats FORCE_COLOR; NO_COLOR=1 does the same)' },
  stdin: { type: 'boolean', description: 'scan standard input instead of files (reported as <stdin>)' },
  'no-ignore': { type: 'boolean', description: 'scan files that .gitignore excludes too' },
  all: { type: 'boolean', description: 'every ref: branches, tags, remote-tracking refs, stash, notes' },
  verify: { type: 'boolean', description: "ask each key's provider whether it still accepts it: live, revoked or unknown (sends the key to that provider only; docs/verify.md)" },
  'fail-on-live': { type: 'boolean', description: 'with --verify (implied): exit 1 only when a key is live, 0 otherwise (CI)' },
  reason: { type: 'string', value: 'TEXT', description: 'why these findings are accepted, recorded in each new entry' },
  'write-replacements': {
    type: 'string',
    value: 'FILE',
    description: 'where to write the git filter-repo --replace-text expressions (required; outside the working tree)',
  },
  'config-from': {
    type: 'string',
    value: 'WHERE',
    description: 'read the keyguard config and baseline from head (HEAD before the push, the default) or pushed (the pushed commit)',
  },
  config: { type: 'string', value: 'FILE', description: 'a server-side keyguard config file, used instead of any config in the repository' },
  baseline: { type: 'string', value: 'FILE', description: 'a server-side baseline file, used instead of the repository\'s .keyguard-baseline.json' },
  'time-budget': { type: 'string', value: 'SECONDS', description: 'the longest a push may be scanned; then --on-timeout decides' },
  'on-timeout': { type: 'string', value: 'POLICY', description: 'when --time-budget runs out: reject (the default; exit 2) or accept (with a warning)' },
  'allow-skip': { type: 'boolean', description: 'honour git push -o keyguard.skip="reason": let that push through unscanned, said and logged' },
  log: { type: 'string', value: 'FILE', description: 'append one JSON line per bypassed push (keyguard.skip, accepted timeouts) to FILE' },
  mode: {
    type: 'string',
    value: 'MODE',
    values: ACTION_MODES,
    description: 'pull-request (the commits the event adds; default), history (every ref) or tree (the checked-out files)',
  },
  'fail-on': { type: 'string', value: 'LEVEL', values: FAIL_ON, description: 'exit 1 on: block (blocking findings; default), warn (warnings too) or never' },
  sarif: { type: 'string', value: 'FILE', description: 'also write the SARIF log to FILE' },
  json: { type: 'string', value: 'FILE', description: 'also write the JSON report (--format json) to FILE' },
  'no-install': { type: 'boolean', description: 'install nothing: add the missing husky/keyguard to devDependencies for your next npm install' },
  'lint-staged': { type: 'boolean', description: 'add keyguard check-files to your lint-staged config instead of a pre-commit hook' },
  global: { type: 'boolean', description: 'guard every repository of this user (git config --global core.hooksPath), package.json or not' },
  uninstall: { type: 'boolean', description: 'with --global: undo it exactly (restores your previous global core.hooksPath)' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  version: { type: 'boolean', short: 'V', description: 'print the version' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export interface CommandSpec {
  readonly summary: string;
  /** Positional arguments: their name in help, how many are needed, at most how many (default 0). */
  readonly args?: { readonly usage: string; readonly min: number; readonly max: number; readonly missing?: string };
  /** What follows the command name in help, when a required option belongs there (default: args.usage). */
  readonly synopsis?: string;
  /** What the command accepts besides -h/--help, in help's order. */
  readonly options: readonly OptionName[];
  /** The values `--format` takes; the first is the default. */
  readonly formats?: readonly OutputFormat[];
  readonly examples: readonly string[];
}

const REPORT: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const COLOR: readonly OptionName[] = ['color', 'no-color'];
/**
 * Live verification (issue 14): opt-in. --fail-on-live only on the report commands (CI): in a hook
 * it would let a commit or push through with keys whenever no provider answers (no network).
 */
const VERIFY: readonly OptionName[] = ['verify', 'fail-on-live'];
const HOOK_VERIFY: readonly OptionName[] = ['verify'];
/** Accepted by every command. */
export const COMMON_OPTIONS: readonly OptionName[] = ['help'];
/** Accepted without a command: `keyguard --version`, `keyguard -h`. */
export const TOP_LEVEL_OPTIONS: readonly OptionName[] = ['help', 'version'];

export const COMMANDS: { readonly [name in CommandName]: CommandSpec } = {
  'check-staged': {
    summary: 'scan what is about to be committed (the pre-commit hook)',
    options: ['format', 'quiet', 'verbose', ...HOOK_VERIFY, ...COLOR],
    formats: REPORT,
    examples: ['keyguard check-staged', 'keyguard check-staged --format json', 'keyguard check-staged -q'],
  },
  'check-files': {
    summary: "scan only these files' staged content (what lint-staged runs)",
    args: { usage: 'FILE...', min: 1, max: Infinity, missing: messages.CHECK_FILES_NEEDS_PATHS },
    options: ['format', 'quiet', 'verbose', ...COLOR],
    formats: REPORT,
    examples: ['keyguard check-files src/a.js src/b.ts', 'keyguard check-files -- -odd-name.js'],
  },
  'check-push': {
    summary: 'scan the commits a git push would send, and their commit and tag messages (the pre-push hook; reads git\'s ref lines on stdin)',
    args: { usage: '[REMOTE [URL]]', min: 0, max: 2 },
    options: ['format', ...HOOK_VERIFY, ...COLOR],
    formats: REPORT,
    examples: ['keyguard check-push "$@"   # in .husky/pre-push'],
  },
  'check-receive': {
    summary: 'scan the commits a push brings to a server, messages included (the server-side pre-receive hook; reads git\'s ref lines on stdin)',
    options: ['config-from', 'config', 'baseline', 'time-budget', 'on-timeout', 'allow-skip', 'log', ...COLOR],
    examples: [
      'keyguard check-receive   # in hooks/pre-receive of a bare repository',
      'keyguard check-receive --config /etc/keyguard.json --time-budget 60',
      'keyguard check-receive --allow-skip --log /var/log/keyguard-bypass.log',
    ],
  },
  'check-message': {
    summary: 'scan a commit message file (the commit-msg hook)',
    args: { usage: 'FILE', min: 1, max: 1, missing: messages.CHECK_MESSAGE_NEEDS_FILE },
    options: ['format', ...COLOR],
    formats: REPORT,
    examples: ['keyguard check-message "$1"   # in .husky/commit-msg', 'keyguard check-message .git/COMMIT_EDITMSG'],
  },
  init: {
    summary: 'set up the pre-commit, commit-msg and pre-push hooks (husky), or for every repository (--global)',
    options: ['no-install', 'lint-staged', 'global', 'uninstall'],
    examples: ['npx keyguard init', 'npx keyguard init --lint-staged', 'npx keyguard init --global', 'npx keyguard init --global --uninstall'],
  },
  rules: {
    summary: 'list the active detection rules and what each validates',
    options: ['format'],
    formats: ['text', 'json'],
    examples: ['keyguard rules', 'keyguard rules --format json'],
  },
  baseline: {
    summary: 'accept the findings already in the index (.keyguard-baseline.json)',
    options: ['reason'],
    examples: ['keyguard baseline --reason "revoked, kept as a test fixture"'],
  },
  scan: {
    summary: 'scan files of the working tree (default: .), .gitignore respected',
    args: { usage: '[PATH...]', min: 0, max: Infinity },
    options: ['format', 'stdin', 'no-ignore', 'quiet', ...VERIFY, ...COLOR],
    formats: REPORT,
    examples: ['keyguard scan', 'keyguard scan src config/app.env', 'keyguard scan --verify', 'keyguard scan --format sarif > keyguard.sarif', 'some-command | keyguard scan --stdin', 'keyguard scan -- -odd-name.txt'],
  },
  'scan-history': {
    summary: 'scan every commit of a revision range (default: HEAD), each key once, with the commit that added it and whether it was pushed',
    args: { usage: '[REV...]', min: 0, max: Infinity },
    options: ['format', 'all', ...VERIFY, ...COLOR],
    formats: REPORT,
    examples: ['keyguard scan-history', 'keyguard scan-history --all', 'keyguard scan-history --all --verify --fail-on-live', 'keyguard scan-history main..feature --format json'],
  },
  scrub: {
    summary: 'write a git filter-repo --replace-text file for the keys in history (default: every ref) and print the commands that remove them',
    args: { usage: '[REV...]', min: 0, max: Infinity },
    synopsis: '--write-replacements FILE [REV... | --all]',
    options: ['write-replacements', 'all', ...COLOR],
    examples: ['keyguard scrub --write-replacements ../keyguard-replacements.txt'],
  },
  'merge-reports': {
    summary: 'merge scan-history/scan JSON reports of many repositories into one summary (the org-wide workflow, docs/ci.md)',
    args: { usage: '[NAME=]FILE...', min: 1, max: Infinity, missing: messages.MERGE_NEEDS_REPORTS },
    options: ['format', 'fail-on'],
    formats: ['text', 'json', 'markdown'],
    examples: ['keyguard merge-reports org/api=api.json org/web=web.json', 'keyguard merge-reports reports/*.json --format markdown --fail-on never'],
  },
  'github-action': {
    summary: 'what the GitHub Action runs: scan, job summary, outputs, SARIF (docs/ci.md)',
    options: ['mode', 'fail-on', 'sarif', 'json'],
    examples: ['keyguard github-action --mode pull-request --sarif keyguard.sarif', 'keyguard github-action --mode history --fail-on never --json keyguard.json'],
  },
  help: {
    summary: 'show the commands, or one command\'s options and examples',
    args: { usage: '[COMMAND]', min: 0, max: 1 },
    options: [],
    examples: ['keyguard help', 'keyguard help scan'],
  },
  version: {
    summary: 'print the version',
    options: [],
    examples: ['keyguard version', 'keyguard --version'],
  },
};

/** Every option `command` accepts, -h/--help included. */
export function optionsOf(command: CommandName): readonly OptionName[] {
  return [...COMMANDS[command].options, ...COMMON_OPTIONS];
}
