import type { ReportFinding } from '../report/types.js';
import { linesByFile } from './linesByFile.js';
import { envVarOf } from './rotateSteps.js';
import { shellQuote } from './shellQuote.js';
import type { NextStep } from './stepCounter.js';

/**
 * A key in source code: the value moves to the environment or a secret store and the code reads it
 * by name; each provider's variable name is on its line of the rotate step. A rule with its own
 * advice (a Dockerfile: docker run -e, BuildKit secrets) gives that instead of the Node/Python example.
 */
export function moveOutOfCode(findings: readonly ReportFinding[], next: NextStep): string[] {
  const plain = findings.find((f) => f.links.advice === undefined);
  const keys = new Set(findings.map((f) => f.fingerprint)).size === 1 ? ['key', 'it'] : ['keys', 'them'];
  const lines = [`  ${next()}. Take the ${keys[0]} out of the code: keep ${keys[1]} in an environment variable or a secrets manager.`];
  if (plain) lines.push(`     Read ${keys[1]} by name, e.g. process.env.${envVarOf(plain)} (Node), os.environ["${envVarOf(plain)}"] (Python).`);
  for (const advice of new Set(findings.map((f) => f.links.advice))) for (const line of advice ?? []) lines.push(`     ${line}`);
  for (const [file, at] of linesByFile(findings)) lines.push(`     - edit ${file} (line ${at})`);
  return lines;
}

/**
 * check-staged: the fixed files are staged again; or they leave this commit. Every file concerned
 * is listed, quoted for the shell. Before the first commit there is no HEAD to restore from
 * (git-restore(1)); `git rm --cached` unstages and keeps the file on disk (git-rm(1) --cached).
 */
export function stagedCodeSteps(findings: readonly ReportFinding[], firstCommit: boolean, next: NextStep): string[] {
  const paths = [...new Set(findings.map((f) => f.file))];
  const files = paths.map(shellQuote).join(' ');
  const unstage = firstCommit ? 'git rm --cached --' : 'git restore --staged --';
  return [
    ...moveOutOfCode(findings, next),
    `     - then git add -- ${files} and commit again`,
    `     Or leave ${paths.length === 1 ? 'the file' : 'these files'} out of this commit: ${unstage} ${files}`,
  ];
}
