import type { SecretFileHit } from '../detect/secretFiles.js';
import { fingerprint } from '../report/fingerprint.js';
import type { ReportFinding } from '../report/types.js';

const SECRETS_GUIDE = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';
/** What a secret file's finding shows in place of a mask, and its provider (merge-reports checks both). */
export const WHOLE_FILE = '(whole file)';
export const SECRET_FILE_PROVIDER = 'Secret file';

/**
 * Staged secret files as report findings: the whole file is the finding (line 1, column 1). Nothing
 * of the content is shown; the fingerprint is the sha256 of `path:<path>`, so `.keyguard-baseline.json`
 * and JSON/SARIF consumers can accept or track a deliberately committed file.
 */
export function secretFileFindings(hits: readonly SecretFileHit[]): ReportFinding[] {
  return hits.map(({ path, kind, severity, tracked }) => ({
    ruleId: kind.ruleId,
    provider: SECRET_FILE_PROVIDER,
    description: severity === 'warn' ? (kind.warnDescription ?? kind.description) : kind.description,
    severity,
    file: path,
    line: 1,
    column: 1,
    redacted: WHOLE_FILE,
    fingerprint: fingerprint(`path:${path}`),
    links: { revokeUrl: SECRETS_GUIDE },
    // A tracked file is in HEAD as a whole: its remediation is about history too.
    inHead: tracked === true ? [{ file: path, line: 1 }] : [],
  }));
}
