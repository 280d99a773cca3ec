/**
 * What the GitHub Action scans (`--mode`): `pull-request`, the commits the event adds (as
 * check-push would for a push); `history`, every ref (scan-history --all); `tree`, the
 * checked-out files (scan .). Its own file: the command-line spec lists the values without
 * loading the action's code.
 */
export const ACTION_MODES = ['pull-request', 'history', 'tree'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];
