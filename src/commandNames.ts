/**
 * The commands keyguard runs, in the order `keyguard help` lists them. src/cliSpec.ts describes
 * each (its table is typed by CommandName, so a name without a description, or a description
 * without a name, does not compile); src/cli.ts dispatches on them. This list stays a file of its
 * own because the launcher (src/launch.ts) needs the names, not the descriptions: it names its code
 * cache after the command, and must tell a command from an option's value (`--format json
 * check-staged`) or a typo, which would otherwise each leave a cache file beside the bundle.
 */
const NAMES = [
  'check-staged', 'check-files', 'check-push', 'check-receive', 'check-message', 'init', 'rules', 'baseline', 'scan', 'scan-history', 'scrub', 'merge-reports', 'github-action', 'help', 'version',
] as const;

export type CommandName = (typeof NAMES)[number];

export const COMMAND_NAMES: readonly string[] = NAMES;

export function isCommandName(word: string): word is CommandName {
  return COMMAND_NAMES.includes(word);
}
