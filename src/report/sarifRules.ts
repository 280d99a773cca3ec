import { pushToGroup } from '../collect.js';
import { WHERE_ISSUED } from '../remediate/rotateSteps.js';
import type { ReportFinding } from './types.js';

/** SARIF `reportingDescriptor` (SARIF 2.1.0 §3.49) for one keyguard rule. */
export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help: { readonly text: string; readonly markdown: string };
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' };
  readonly properties: { readonly tags: readonly string[]; readonly precision: string; readonly 'security-severity': string };
}

/**
 * GitHub code scanning ranks security alerts by `security-severity` (0.0–10.0; ≥ 9.0 critical):
 * a working key in the code is critical; a `warn` value (public by design, e.g. a Firebase web
 * key) is low. https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
const SECURITY_SEVERITY = { error: '9.0', warning: '3.0' } as const;

/** One descriptor per rule id that has findings, sorted by id so rule indices are stable. */
export function sarifRules(findings: readonly ReportFinding[]): SarifRule[] {
  const byId = new Map<string, ReportFinding[]>();
  for (const f of findings) pushToGroup(byId, f.ruleId, f);
  return [...byId.keys()].sort().map((id) => describe(byId.get(id)!));
}

function describe(group: readonly ReportFinding[]): SarifRule {
  const first = group[0]!;
  // A rule's severity may depend on the value (severityOf): the rule is an error if any finding is.
  const level = group.some((f) => f.severity === 'block') ? 'error' : 'warning';
  return {
    id: first.ruleId,
    name: pascalCase(first.ruleId),
    shortDescription: { text: first.description },
    fullDescription: { text: `${first.description} (${first.provider}). A credential in a file is exposed to everyone who can read the file or its history.` },
    help: { text: helpLines(first, false).join('\n'), markdown: helpLines(first, true).join('\n') },
    defaultConfiguration: { level },
    properties: { tags: ['security', 'secret'], precision: 'high', 'security-severity': SECURITY_SEVERITY[level] },
  };
}

/** The same advice as the text report's remediation block, stage-neutral (SARIF has no stage). */
function helpLines(f: ReportFinding, markdown: boolean): string[] {
  const link = (url: string) => (markdown ? `[${url}](${url})` : url);
  const code = (s: string) => (markdown ? `\`${s}\`` : s);
  const envVar = f.links.envVar ?? `${f.provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_KEY`;
  return [
    `${markdown ? `**${f.description}**` : f.description} (${f.provider}). Treat a key that reached a file as exposed.`,
    '',
    `1. Revoke the key now: ${f.links.revokeUrl === undefined ? WHERE_ISSUED : link(f.links.revokeUrl)}`,
    ...(f.links.usageUrl ? [`2. Review recent usage for calls you did not make: ${link(f.links.usageUrl)}`] : []),
    `${f.links.usageUrl ? 3 : 2}. Rotate: create a new key and keep it out of the code, in an environment variable (${code(envVar)}) or a secrets manager.`,
    `${f.links.usageUrl ? 4 : 3}. Remove it from the file. If it was committed, remove it from history too: ` +
      `${code('keyguard scrub --write-replacements <file>')}, then ${code('git filter-repo --replace-text <file>')} and force-push.`,
    '',
    `Not a real key? Add a comment containing ${code('keyguard:allow')} on that line or the line before, or accept it with ${code('keyguard baseline')}.`,
  ];
}

/** `openai-project-key` → `OpenaiProjectKey`: SARIF suggests a readable identifier for `name`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
