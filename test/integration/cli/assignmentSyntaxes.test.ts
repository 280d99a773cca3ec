/**
 * Issue #12 point 2 through the built CLI and a real repository: secrets written in the syntaxes
 * the detector used to miss (Makefile `?=`, an XML element's text on the next line, `curl -u`, a
 * code fallback) block the commit at their line; the same files reading variables pass.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { git, gitOk, runKeyguard } from '../../helpers/runCli.js';

afterEach(removeHookRepos);

const r = seededRandom('assignmentSyntaxes integration');
const value = (): string => r.chars(30, ALPHABET.base62) + r.chars(2, '0123456789');

interface Report {
  findings: { file: string; line: number; ruleId: string; severity: string }[];
}

function files(secrets: readonly [string, string, string, string]): Record<string, string> {
  const [make, xml, curl, js] = secrets;
  return {
    Makefile: `API_TOKEN ?= ${make}\n\ndeploy:\n\t./deploy.sh\n`,
    'config/app.xml': `<config>\n  <password>\n    ${xml}\n  </password>\n</config>\n`,
    'scripts/deploy.sh': `#!/bin/sh\ncurl -fsS -u deploy:${curl} https://ci.acme-corp.io/hooks\n`,
    'src/settings.js': `export const apiKey = process.env.API_KEY || "${js}";\n`,
  };
}

describe('assignment syntaxes of issue #12 point 2, staged in a real repository', () => {
  it('block the commit, each at the line of its value', () => {
    const dir = makeHookRepo();
    for (const [path, content] of Object.entries(files([value(), value(), value(), value()]))) writeRepoFile(dir, path, content);
    gitOk(dir, ['add', '-A']);
    const run = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(run.status).toBe(1);
    const found = (JSON.parse(run.stdout) as Report).findings.map((f) => [f.file, f.line, f.ruleId, f.severity]);
    expect(found.sort()).toEqual([
      ['Makefile', 1, 'generic-secret-assignment', 'block'],
      ['config/app.xml', 3, 'generic-secret-assignment', 'block'],
      ['scripts/deploy.sh', 2, 'curl-user-password', 'block'],
      ['src/settings.js', 1, 'generic-secret-assignment', 'block'],
    ]);
    expect(git(dir, ['commit', '-q', '-m', 'config']).status).not.toBe(0);
  });

  it('pass when the same places read variables', () => {
    const dir = makeHookRepo();
    const templates = files(['$(shell cat .api-token)', '${DB_PASSWORD}', '"$CI_PASSWORD"', '']);
    templates['scripts/deploy.sh'] = '#!/bin/sh\ncurl -fsS -u "deploy:$CI_PASSWORD" https://ci.acme-corp.io/hooks\n';
    for (const [path, content] of Object.entries(templates)) writeRepoFile(dir, path, content);
    gitOk(dir, ['add', '-A']);
    const run = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect((JSON.parse(run.stdout) as Report).findings).toEqual([]);
    expect(run.status).toBe(0);
    expect(git(dir, ['commit', '-q', '-m', 'config']).status).toBe(0);
  });
});
