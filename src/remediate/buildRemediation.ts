import type { HistoryFacts, ReportFinding, ReportScope } from '../report/types.js';
import { appendAll } from '../collect.js';
import { moveOutOfCode, stagedCodeSteps } from './codeSteps.js';
import { commitSteps } from './commitSteps.js';
import { pendingMessageSteps } from './messageSteps.js';
import { exposureOf, rotateSteps } from './rotateSteps.js';
import { scrubStep } from './scrubStep.js';
import { stepCounter, type NextStep } from './stepCounter.js';
import { isSecretFileFinding, SECRET_FILE_ONLY_STAGED, secretFileSteps, trackedHistoryStep, trackedRevokeStep } from './secretFileSteps.js';
import { workingTreeNotes } from './workingTreeSteps.js';

export interface RemediationContext {
  readonly firstCommit: boolean;
  readonly scope?: ReportScope;
  readonly history?: HistoryFacts;
  /** check-staged: staged secret files that .gitignore already ignores (no ".gitignore" step for them). */
  readonly ignored?: ReadonlySet<string>;
}

/**
 * The remediation block printed under blocking findings, for a developer who was just blocked and
 * wants exact steps. One order, stated once (issue 11 point 4): a key that is only local is taken out
 * first and rotated only if it was shared; a committed or pushed one is revoked first, then taken out
 * of the code and of history. What is common is said once; per provider only its links and variable.
 */
export function buildRemediation(findings: readonly ReportFinding[], context: RemediationContext): string[] {
  if (findings.length === 0) return [];
  const scope = context.scope ?? 'staged';
  // Staged secret files (.env, id_rsa) leave the commit whole; keys inside them are not edited out.
  const files = scope === 'staged' ? findings.filter(isSecretFileFinding) : [];
  const fileNames = new Set(files.map((f) => f.file));
  const keys = findings.filter((f) => !isSecretFileFinding(f) || scope !== 'staged');
  const inCode = keys.filter((f) => !fileNames.has(f.file));
  const exposure = exposureOf(keys, isHistoryScope(scope));
  // A secret file HEAD already has (modified, not added): what it holds is in history as a whole.
  const tracked = files.filter((f) => f.inHead.length > 0);
  const trackedPaths = new Set(tracked.map((f) => f.file));
  const next = stepCounter();
  const lines = ['How to fix it:'];
  if (tracked.length > 0) appendAll(lines, trackedRevokeStep(tracked, next));
  if (keys.length > 0 && exposure !== 'local') appendAll(lines, rotateSteps(keys, exposure, next));
  if (files.length > 0) appendAll(lines, secretFileSteps(files, context.ignored ?? new Set(), context.firstCommit, next));
  if (inCode.length > 0) appendAll(lines, cleanSteps(inCode, scope, context, next));
  // A key HEAD already holds (in code or in a secret file) is in history: taking it out of the
  // file does not take it out of there. History scopes have their own rewrite steps (commitSteps).
  const inHead = keys.some((f) => f.inHead.some((h) => !trackedPaths.has(h.file)));
  if ((scope === 'staged' || scope === 'working-tree') && inHead) appendAll(lines, scrubStep(next));
  if (keys.length > 0 && exposure === 'local') appendAll(lines, rotateSteps(keys, exposure, next));
  if (tracked.length > 0) appendAll(lines, trackedHistoryStep(tracked, next));
  else if (keys.length === 0) lines.push(SECRET_FILE_ONLY_STAGED);
  lines.push('');
  // A whole file takes no keyguard:allow comment: only the path allowlist can accept it.
  return appendAll(lines, inCode.length === 0 && scope === 'staged' ? WHOLE_FILE_ALLOWED : falsePositiveSteps(scope));
}

/** Where the key is decides how it is taken out (staged, in a file, committed, pushed, in a message). */
function cleanSteps(findings: readonly ReportFinding[], scope: ReportScope, context: RemediationContext, next: NextStep): string[] {
  // A push the server refused left the commits where they were: in the pusher's clone only.
  if (isHistoryScope(scope)) return commitSteps(findings, context.history, scope !== 'history', next);
  if (scope === 'message') return pendingMessageSteps(findings, next);
  const lines = scope === 'staged' ? stagedCodeSteps(findings, context.firstCommit, next) : moveOutOfCode(findings, next);
  if (scope === 'working-tree') appendAll(lines, workingTreeNotes(findings));
  return lines;
}

const WHOLE_FILE_ALLOWED = [
  '  Meant to be committed? List the path in allowlist.paths of your keyguard config,',
  '  or bypass this check once, consciously: git commit --no-verify',
];

function isHistoryScope(scope: ReportScope): boolean {
  return scope === 'history' || scope === 'push' || scope === 'receive';
}

function falsePositiveSteps(scope: ReportScope): string[] {
  // Committed lines cannot take a keyguard:allow comment any more; the config allowlist can.
  // On a server, the config is wherever its administrator chose (docs/server-hooks.md), and
  // --no-verify does not reach a server-side hook.
  if (scope === 'receive') return ['  Not a real key? Allow it in the keyguard config this server reads (allowlist.regexes or allowlist.paths).'];
  if (scope === 'history' || scope === 'push') {
    return [
      '  Not a real key? Allow it in your keyguard config (allowlist.regexes or allowlist.paths)'
        + (scope === 'push' ? ',\n  or bypass this check once, consciously: git push --no-verify' : '.'),
    ];
  }
  if (scope === 'message') {
    return ['  Not a real key? Allow it in your keyguard config (allowlist.regexes),', '  or bypass this check once, consciously: git commit --no-verify'];
  }
  return [
    '  Not a real key? Add a comment containing keyguard:allow (and why) on that line',
    scope === 'staged'
      ? '  or the line before, or bypass this check once, consciously: git commit --no-verify'
      : '  or the line before, or accept it in .keyguard-baseline.json (keyguard baseline).',
  ];
}
