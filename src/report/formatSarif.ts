import { STDIN_NAME } from '../messages.js';
import { sha256 } from '../sha256.js';
import { revokeHeadline } from './revokeHeadline.js';
import { sarifRules } from './sarifRules.js';
import type { ReportFinding, ScanReport } from './types.js';

/** The schema GitHub's SARIF documentation references; the format itself is OASIS SARIF 2.1.0. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/keyguard';
/** Key of our entry in `partialFingerprints`; bump the version if the derivation ever changes. */
export const FINGERPRINT_KEY = 'keyguard/v1';

/**
 * `--format sarif`: one SARIF 2.1.0 log with one run, as GitHub code scanning accepts it
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 * Like every reporter it only sees ReportFinding: the masked value and the fingerprint, never
 * the secret. Validated against the OASIS schema in test/unit/report/formatSarif.test.ts.
 */
export function formatSarif(report: ScanReport, toolVersion: string): string {
  const rules = sarifRules(report.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'keyguard', version: toolVersion, semanticVersion: toolVersion, informationUri: INFORMATION_URI, rules } },
        invocations: [invocation(report)],
        // Our columns count UTF-16 code units, as editors do (src/detect/types.ts Finding.column).
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, index.get(f.ruleId)!)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(f: ReportFinding, ruleIndex: number) {
  const committed = f.inHead.length > 0 ? ` Also committed in HEAD (${f.inHead.map((h) => `${h.file}:${h.line}`).slice(0, 3).join(', ')}).` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity === 'block' ? 'error' : 'warning',
    message: { text: `${f.description} (${f.provider}): ${f.redacted}. ${revokeHeadline(f.links)}.${committed}` },
    locations: [location(f)],
    partialFingerprints: { [FINGERPRINT_KEY]: partialFingerprint(f) },
    ...(f.commit === undefined && f.verification === undefined ? {} : { properties: { ...(f.commit === undefined ? {} : historyProperties(f)), ...verificationProperty(f) } }),
  };
}

/**
 * A file region; a commit or tag message from history has no file, so it is a logical location
 * (SARIF 2.1.0 §3.33) named after the object: `commit-message` / `tag-message` and its id.
 */
function location(f: ReportFinding) {
  if (f.in !== undefined && f.file === '') {
    return { logicalLocations: [{ name: f.in, fullyQualifiedName: `${f.in}/${f.commit ?? ''}`, kind: 'object' }], message: { text: `line ${f.line}, column ${f.column}` } };
  }
  return {
    physicalLocation: {
      artifactLocation: f.file === STDIN_NAME ? { uri: toUri(f.file) } : { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
      region: { startLine: f.line, startColumn: f.column },
    },
  };
}

/** History findings (scan-history, check-push): which commit added the key, and whether it was pushed. */
function historyProperties(f: ReportFinding) {
  return { commit: f.commit, ...(f.in === undefined ? {} : { in: f.in }), ...(f.authorDate === undefined ? {} : { authorDate: f.authorDate }), pushed: f.pushed === true };
}

/** `--verify`: the provider's answer, as a result property (SARIF 2.1.0 §3.8 property bags). */
function verificationProperty(f: ReportFinding) {
  const v = f.verification;
  return v === undefined ? {} : { verification: { status: v.status, checkedAt: v.checkedAt, detail: v.detail } };
}

/**
 * Stable across runs and line moves, distinct per file: GitHub merges results whose partial
 * fingerprints are equal, and the same key pasted in two files is two places to clean. Hashed
 * again (not our fingerprint itself) so the alert identity does not publish the key's hash as is.
 */
export function partialFingerprint(f: Pick<ReportFinding, 'fingerprint' | 'file' | 'ruleId'>): string {
  return sha256(`${FINGERPRINT_KEY}\0${f.ruleId}\0${f.file}\0${f.fingerprint}`).toString('hex');
}

/**
 * A repo-relative path as a relative URI reference (RFC 3986): each segment percent-encoded, so
 * spaces, `#`, `?`, `%`, non-ASCII and a `:` in the first segment (which would read as a scheme)
 * survive, while `/` keeps separating segments.
 */
export function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Notes and errors as tool notifications; an incomplete scan (unreadable files) did not succeed. */
function invocation(report: ScanReport) {
  const errors = report.errors ?? [];
  return {
    executionSuccessful: errors.length === 0,
    toolExecutionNotifications: [
      ...report.notes.map((text) => ({ level: 'note', message: { text } })),
      ...errors.map((text) => ({ level: 'error', message: { text } })),
    ],
  };
}
