import { appendFileSync } from 'node:fs';
import { scan } from '../detect/scan.js';
import type { Rule } from '../detect/types.js';
import { KeyguardError } from '../errors.js';
import { bypassLogUnwritable } from '../messages.js';
import { UNSAFE } from '../report/displayPath.js';
import { redact } from '../report/mask.js';
import type { RefUpdate } from './parseReceiveLines.js';

/** A push let through unscanned: asked for with `keyguard.skip`, or over its time budget with --on-timeout accept. */
export interface Bypass {
  readonly event: 'skip' | 'timeout-accepted';
  readonly pusher: string | undefined;
  /** The pusher's words (keyguard.skip), already made safe with safeReason. */
  readonly reason?: string;
  readonly updates: readonly RefUpdate[];
}

/** Longest reason kept: a reason is a sentence, not a place to paste files. */
const MAX_REASON = 300;
/** What is scanned of it at most: bounds the cost, and a key cut at this point lies past MAX_REASON anyway. */
const MAX_SCANNED = 10_000;

/**
 * The pusher's reason as it may be shown and logged: control characters (which could fake further
 * `remote:` lines or drive a terminal) and bidirectional overrides (displayPath.ts UNSAFE) become spaces, any key in it is masked like a finding (a
 * log must never hold a secret), and it is cut to MAX_REASON characters.
 */
export function safeReason(text: string, rules: readonly Rule[]): string {
  let safe = text.slice(0, MAX_SCANNED).replace(UNSAFE, ' ');
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const finding of scan(safe, rules, { inlineAllow: false })) {
    safe = safe.split(finding.secret).join(redact(finding.secret, byId.get(finding.ruleId)!));
  }
  return safe.length > MAX_REASON ? `${safe.slice(0, MAX_REASON)}…` : safe;
}

/**
 * Append one JSON line per bypass to the server's log file (`--log`): when, what, who, why, and
 * each ref's old and new ids, so the administrator can scan it later (keyguard scan-history
 * <old>..<new>). A bypass that cannot be recorded is not granted: the push fails closed.
 */
export function logBypass(file: string, bypass: Bypass, at: Date): void {
  const line = JSON.stringify({
    time: at.toISOString(),
    event: bypass.event,
    pusher: bypass.pusher ?? null,
    ...(bypass.reason === undefined ? {} : { reason: bypass.reason }),
    refs: bypass.updates.map((u) => ({ ref: u.ref, old: u.oldId, new: u.newId })),
  });
  try {
    appendFileSync(file, `${line}\n`, { mode: 0o600 });
  } catch (error) {
    throw new KeyguardError('io', bypassLogUnwritable(file, (error as Error).message), { cause: error });
  }
}
