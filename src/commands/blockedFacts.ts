import { hasHead } from '../git/hasHead.js';
import { listIgnoredPaths } from '../git/listIgnoredPaths.js';
import type { ReportFinding } from '../report/types.js';
import { isSecretFileFinding } from '../remediate/secretFileSteps.js';

/**
 * What the remediation of a blocked commit needs from git: whether HEAD exists (the unstage command)
 * and which staged secret files .gitignore already ignores (no advice to add them again). Asked only
 * when something blocks, in parallel, so a clean commit never pays for either git call.
 */
export async function blockedFacts(root: string, findings: readonly ReportFinding[]): Promise<{ firstCommit: boolean; ignored: string[] }> {
  if (!findings.some((f) => f.severity === 'block')) return { firstCommit: false, ignored: [] };
  const secretFiles = [...new Set(findings.filter(isSecretFileFinding).map((f) => f.file))];
  const [head, ignored] = await Promise.all([hasHead(root), listIgnoredPaths(root, secretFiles)]);
  return { firstCommit: !head, ignored: [...ignored] };
}
