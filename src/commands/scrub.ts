import { isAbsolute, sep } from 'node:path';
import type { Rule } from '../detect/types.js';
import { ExitCode, KeyguardError } from '../errors.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import * as messages from '../messages.js';
import { palette } from '../report/colors.js';
import { displayPath } from '../report/displayPath.js';
import { redact } from '../report/mask.js';
import { replacementExpression } from '../remediate/replacementExpression.js';
import { shellQuote } from '../remediate/shellQuote.js';
import { buildHistoryReport } from './buildHistoryReport.js';
import type { HistoryKey } from './collectHistory.js';
import { historyRange, type HistoryOptions } from './scanHistory.js';
import type { CommandIo } from './types.js';
import { isInside, realLocation } from './realLocation.js';
import { enforceUnscannable, unscannedNotes } from './unscannable.js';
import { writePrivateFile } from './writePrivateFile.js';

/**
 * `keyguard scrub --write-replacements <file> [<rev-range>… | --all]` (default --all): scan history
 * like scan-history and write a `git filter-repo --replace-text` expressions file mapping each
 * blocking key to `***REMOVED-<rule>***`, then print the exact commands. The only place a key is
 * written anywhere, and only to that file (mode 0600); the terminal shows masked values only.
 */
export async function scrub(options: HistoryOptions & { file: string | undefined }, io: CommandIo): Promise<number> {
  if (options.file === undefined || options.file === '') throw new KeyguardError('usage', messages.SCRUB_NEEDS_FILE);
  const range = historyRange({ ...options, all: options.all || options.revisions.length === 0 });
  const root = await getRepoRoot(io.cwd);
  // Where the keys would really land: through a symlinked directory or a symlink as the file name,
  // a path outside the work tree can still be inside it (and be committed with the next `git add`).
  const file = realLocation(isAbsolute(options.file) ? options.file : `${io.cwd}${sep}${options.file}`);
  if (isInside(realLocation(root), file)) throw new KeyguardError('usage', messages.scrubInsideWorkTree(file));
  const { keys, rules, unscanned, onUnscannable } = await buildHistoryReport({ root }, range, { scope: 'history', format: 'text', heading: messages.historyHeading }, io);
  // Keys in content it could not read cannot be scrubbed: say so (or stop, with onUnscannable "block").
  enforceUnscannable(unscanned, onUnscannable ?? 'note');
  for (const note of unscannedNotes(unscanned)) io.stdout(`note: ${note}\n`);
  const blocking = keys.filter((k) => k.finding.severity === 'block');
  if (blocking.length === 0) {
    io.stdout(`${messages.SCRUB_NOTHING}\n`);
    return ExitCode.ok;
  }
  const lines = blocking.map((k) => replacementExpression(k.finding.secret, k.finding.ruleId));
  const written = lines.filter((l): l is string => l !== null);
  if (written.length > 0) await writePrivateFile(file, `${written.join('\n')}\n`);
  io.stdout(`${summary(blocking, rules, palette(io.color).dim)}\n`);
  if (written.length < lines.length) io.stdout(`${messages.scrubUnsupported(lines.length - written.length)}\n`);
  if (written.length > 0) io.stdout(`\n${messages.scrubInstructions(shellQuote(file), written.length)}\n`);
  return written.length < lines.length ? ExitCode.error : ExitCode.ok;
}

/** One masked line per key: enough for its owner to know which key to revoke. */
function summary(keys: readonly HistoryKey[], rules: readonly Rule[], dim: (s: string) => string): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const lines = keys.map((k) => {
    const f = k.finding;
    return `  ${redact(f.secret, byId.get(f.ruleId)!)}  [${f.ruleId}]  first added in ${k.commit.id.slice(0, 12)} (${k.in === undefined ? displayPath(f.file) : messages.messagePlace(k.in, k.commit.id.slice(0, 12))}:${f.line})${k.count > 1 ? dim(`, ${k.count} times in all`) : ''}`;
  });
  return [`keyguard scrub: ${keys.length} key(s) to remove from history:`, ...lines].join('\n');
}
