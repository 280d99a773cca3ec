/**
 * The commands src/cli.ts runs (its `switch`, plus help and version; a test keeps them equal).
 * The launcher (src/launch.ts) names its code cache after the command, and must tell a command
 * from an option's value (`--format json check-staged`) or a typo, which would otherwise each
 * leave a cache file beside the bundle.
 */
export const COMMAND_NAMES: readonly string[] = [
  'check-staged', 'check-files', 'check-push', 'check-message', 'baseline', 'rules', 'init', 'scan', 'scan-history', 'scrub', 'help', 'version',
];
