import type { Finding, Rule } from '../detect/types.js';
import { baselineLegacyNote, baselineNote } from '../messages.js';
import { baselineFingerprints, isSlowFingerprint, legacyFingerprint } from '../report/fingerprint.js';

/**
 * Drop what `.keyguard-baseline.json` accepts (`accepted`: its fingerprints) and say so in notes.
 * A guessable secret is also accepted by the plain SHA-256 entry an older keyguard wrote for it
 * (fingerprint.ts); those entries get a note asking to rewrite them, since the baseline is
 * committed and that hash gives the password away as a JSON report would. With no baseline
 * nothing is hashed here, and a password's slow hash only when the baseline holds slow entries.
 */
export function applyBaseline<T>(
  items: readonly T[],
  accepted: ReadonlySet<string>,
  rules: readonly Rule[],
  findingOf: (item: T) => Pick<Finding, 'secret' | 'ruleId'>,
): { kept: T[]; notes: string[] } {
  if (accepted.size === 0) return { kept: [...items], notes: [] };
  const byId = new Map(rules.map((r) => [r.id, r]));
  // A password's slow fingerprint (~50 ms each) can only match a baseline that holds slow ones.
  const slow = hasSlowEntries(accepted);
  const kept: T[] = [];
  let legacy = 0;
  for (const item of items) {
    const { secret, ruleId } = findingOf(item);
    const rule = byId.get(ruleId);
    const [current, old] = rule?.guessable === true && !slow ? [undefined, legacyFingerprint(secret)] : baselineFingerprints(secret, rule);
    if (current !== undefined && accepted.has(current)) continue;
    if (old !== undefined && accepted.has(old)) legacy += 1;
    else kept.push(item);
  }
  const notes = kept.length < items.length ? [baselineNote(items.length - kept.length)] : [];
  if (legacy > 0) notes.push(baselineLegacyNote(legacy));
  return { kept, notes };
}

/** Whether a baseline's fingerprints include slow (`scrypt:`) ones: only then must findings' slow hashes be computed to check it. */
export function hasSlowEntries(accepted: ReadonlySet<string>): boolean {
  for (const fp of accepted) if (isSlowFingerprint(fp)) return true;
  return false;
}
