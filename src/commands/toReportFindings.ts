import type { Rule } from '../detect/types.js';
import { fingerprint, prepareFingerprints } from '../report/fingerprint.js';
import { redact } from '../report/mask.js';
import type { ReportFinding } from '../report/types.js';
import { findInHead } from './findInHead.js';
import type { PlacedFinding } from './locateFindings.js';

/**
 * The step where secrets leave: placed findings become masked, fingerprinted report findings.
 * With a repository `root`, blocking keys are also looked up in HEAD's tree (already committed?);
 * without one (a scan outside any repository) nothing is committed anywhere.
 */
export async function toReportFindings(root: string | null, placed: readonly PlacedFinding[], rules: readonly Rule[]): Promise<ReportFinding[]> {
  await prepareFingerprints(placed, rules);
  const blocking = placed.filter((f) => f.severity === 'block');
  const inHead = root !== null && blocking.length > 0 ? await findInHead(root, blocking, rules) : new Map<string, { file: string; line: number }[]>();
  const byId = new Map(rules.map((r) => [r.id, r]));
  return placed.map((f) => {
    const rule = byId.get(f.ruleId)!;
    const fp = fingerprint(f.secret, rule);
    return reportFinding(f, fp, rule, inHead.get(fp) ?? []);
  });
}

/** One placed finding of `rule` as reported: the secret is replaced by its masked form and `fp`. */
export function reportFinding(f: PlacedFinding, fp: string, rule: Rule, inHead: ReportFinding['inHead']): ReportFinding {
  return {
    ruleId: f.ruleId,
    provider: f.provider,
    description: f.description,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    redacted: redact(f.secret, rule),
    fingerprint: fp,
    links: rule.remediation,
    inHead,
  };
}
