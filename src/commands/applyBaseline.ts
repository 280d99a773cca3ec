import type { Finding, Rule } from '../detect/types.js';
import { baselineLegacyNote, baselineNote } from '../messages.js';
import { baselineFingerprints } from '../report/fingerprint.js';

/**
 * Drop what `.keyguard-baseline.json` accepts (`accepted`: its fingerprints) and say so in notes.
 * A guessable secret is also accepted by the plain SHA-256 entry an older keyguard wrote for it
 * (fingerprint.ts); those entries get a note asking to rewrite them, since the baseline is
 * committed and that hash gives the password away as a JSON report would. With no baseline
 * nothing is hashed here.
 */
export function applyBaseline<T>(
  items: readonly T[],
  accepted: ReadonlySet<string>,
  rules: readonly Rule[],
  findingOf: (item: T) => Pick<Finding, 'secret' | 'ruleId'>,
): { kept: T[]; notes: string[] } {
  if (accepted.size === 0) return { kept: [...items], notes: [] };
  const byId = new Map(rules.map((r) => [r.id, r]));
  const kept: T[] = [];
  let legacy = 0;
  for (const item of items) {
    const { secret, ruleId } = findingOf(item);
    const [current, old] = baselineFingerprints(secret, byId.get(ruleId));
    if (accepted.has(current!)) continue;
    if (old !== undefined && accepted.has(old)) legacy += 1;
    else kept.push(item);
  }
  const notes = kept.length < items.length ? [baselineNote(items.length - kept.length)] : [];
  if (legacy > 0) notes.push(baselineLegacyNote(legacy));
  return { kept, notes };
}
