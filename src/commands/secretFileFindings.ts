import type { SecretFileHit } from '../detect/secretFiles.js';
import { fingerprint } from '../report/fingerprint.js';
import type { ReportFinding } from '../report/types.js';

const SECRETS_GUIDE = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/**
 * Staged secret files as report findings: the whole file is the finding (line 1, column 1). Nothing
 * of the content is shown; the fingerprint is the sha256 of `path:<path>`, so `.keyguard-baseline.json`
 * and JSON/SARIF consumers can accept or track a deliberately committed file.
 */
export function secretFileFindings(hits: readonly SecretFileHit[]): ReportFinding[] {
  return hits.map(({ path, kind, severity, tracked }) => ({
    ruleId: kind.ruleId,
    provider: 'Secret file',
    description: severity === 'warn' ? (kind.warnDescription ?? kind.description) : kind.description,
    severity,
    file: path,
    line: 1,
    column: 1,
    redacted: '(whole file)',
    fingerprint: fingerprint(`path:${path}`),
    links: { revokeUrl: SECRETS_GUIDE },
    // A tracked file is in HEAD as a whole: its remediation is about history too.
    inHead: tracked === true ? [{ file: path, line: 1 }] : [],
  }));
}
