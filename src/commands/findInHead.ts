import { pushToGroup } from '../collect.js';
import { scan } from '../detect/scan.js';
import type { Rule } from '../detect/types.js';
import { grepHead } from '../git/grepHead.js';
import { fingerprint } from '../report/fingerprint.js';
import type { PlacedFinding } from './locateFindings.js';

type Locations = Map<string, { file: string; line: number }[]>;

/**
 * Which of the found keys are already committed in HEAD's tree, by fingerprint.
 * We ask git for lines containing the rules' keywords, never for the secret itself,
 * so a key never appears in a process argument list (visible to `ps`). Runs only
 * when something was found, so clean commits never pay for it.
 */
export async function findInHead(root: string, found: readonly PlacedFinding[], rules: readonly Rule[]): Promise<Locations> {
  const ruleIds = new Set(found.map((f) => f.ruleId));
  const involved = rules.filter((r) => ruleIds.has(r.id));
  // By secret, so HEAD's other matches (a password rule's can be many) are never slow-hashed.
  const byId = new Map(involved.map((r) => [r.id, r]));
  const wanted = new Map(found.map((f) => [f.secret, fingerprint(f.secret, byId.get(f.ruleId))]));
  const keywords = [...new Set(involved.flatMap((r) => r.keywords))];
  const locations: Locations = new Map();
  if (keywords.length === 0) return locations;
  for (const hit of await grepHead(root, keywords)) {
    for (const f of scan(hit.text, involved, { path: hit.path })) {
      const fp = wanted.get(f.secret);
      if (fp === undefined) continue;
      pushToGroup(locations, fp, { file: hit.path, line: hit.line });
    }
  }
  return locations;
}
