/**
 * check-staged's scanning, with the rules built only once a text needs them. No built-in rule is
 * without keywords (rules/catalog.ts, checked when they load), and scan() runs a rule only on a
 * text holding one of its keywords: a text with none of the catalog's keywords gives no finding,
 * so until one arrives the rules are not built at all. A typical commit holds none, and building
 * the ~300 rules and their plan was ~60 ms of its hook run (npm run bench, case a).
 *
 * The first text with a keyword (or any text, when the config has custom rules) starts loading
 * the rules; it and every later block wait in order (BlockQueue), then go through RunFindings as
 * before. Once loaded, nothing is looked at twice: blocks go straight to the scanner.
 */
import { appendAll } from '../collect.js';
import type { Allowlist } from '../config/allowlist.js';
import type { ResolvedConfig } from '../config/defaults.js';
import { KeyguardError } from '../errors.js';
import { catalogGap } from '../messages.js';
import { anyKeyword, type AnyKeyword } from '../detect/anyKeyword.js';
import type { RuleCatalog } from '../detect/rules/catalog.js';
import type { Rule } from '../detect/types.js';
import type { AddedBlock } from '../git/types.js';
import { BlockQueue } from './BlockQueue.js';
import type { PlacedFinding } from './locateFindings.js';
import { RunFindings } from './RunFindings.js';

export class LazyScan {
  private readonly placed: PlacedFinding[] = [];
  private readonly holdsKeyword: AnyKeyword;
  /** Blocks from the first one that needs the rules on, handed to RunFindings in diff order once they are built. */
  private readonly queue = new BlockQueue();
  private rulesLoaded: readonly Rule[] | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly catalog: RuleCatalog,
    private readonly config: ResolvedConfig,
    private readonly allow: Allowlist,
    private readonly loadRules: () => Promise<readonly Rule[]>,
  ) {
    this.holdsKeyword = anyKeyword(catalog.keywords);
  }

  /** One block of added lines, in diff order. */
  add(block: AddedBlock): void {
    if (this.loading === undefined) {
      if (this.config.customRules.length === 0 && !this.holdsKeyword(block.text)) return;
      this.loading = this.load();
      // finish() reports a failure; until then it must not count as an unhandled rejection.
      this.loading.catch(() => undefined);
    }
    this.queue.push(block);
  }

  /** Every finding of the blocks added, once the rules (if any block needed them) have run. */
  async finish(): Promise<PlacedFinding[]> {
    await this.loading;
    return this.placed;
  }

  /** The rules, when a block needed them (findings refer to them); else none were built. */
  get rules(): readonly Rule[] {
    return this.rulesLoaded ?? [];
  }

  private async load(): Promise<void> {
    const rules = await this.loadRules();
    assertCatalogCovers(this.catalog, rules, this.config);
    const runs = new RunFindings(rules, this.allow);
    this.rulesLoaded = rules;
    this.queue.drainInto((block) => appendAll(this.placed, runs.add(block)));
  }
}

/**
 * LazyScan for one text (check-message): the rules when the text holds one of their keywords or
 * the config has custom rules, else none (nothing any rule could find).
 */
export async function rulesForText(text: string, catalog: RuleCatalog, config: ResolvedConfig, loadRules: () => Promise<readonly Rule[]>): Promise<readonly Rule[]> {
  if (config.customRules.length === 0 && !anyKeyword(catalog.keywords)(text)) return [];
  const rules = await loadRules();
  assertCatalogCovers(catalog, rules, config);
  return rules;
}

/**
 * The skip above is only sound if every keyword of every built-in rule is in the catalog and no
 * built-in rule runs without one. The build computes the catalog from the same rules; this holds
 * the promise at run time too (fail closed: exit 2, never a skipped text).
 */
function assertCatalogCovers(catalog: RuleCatalog, rules: readonly Rule[], config: ResolvedConfig): void {
  const known = new Set(catalog.keywords);
  const custom = new Set(config.customRules);
  const gap = rules.find((rule) => !custom.has(rule) && (rule.keywords.length === 0 || rule.keywords.some((keyword) => !known.has(keyword.toLowerCase()))));
  if (gap !== undefined) throw new KeyguardError('internal', catalogGap(gap.id));
}
