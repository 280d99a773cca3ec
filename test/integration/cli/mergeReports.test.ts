import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { runKeyguard } from '../../helpers/runCli.js';
import { withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

function commit(repo: TempRepo, file: string, content: string): void {
  repo.write(file, content);
  repo.git(['add', '--', file]);
  repo.git(['commit', '-q', '-m', `add ${file}`]);
}

/** `scan-history --all --format json` of `repo`, written next to it; returns the file. */
function report(repo: TempRepo, name: string): string {
  const r = runKeyguard(repo.dir, ['scan-history', '--all', '--format', 'json']);
  expect(r.status, r.stderr).not.toBe(2);
  const file = join(repo.dir, '.git', `${name}.json`);
  writeFileSync(file, r.stdout);
  return file;
}

/** Two repositories: api has a pushed and a local key (the same key also in web) and a warning; web one key. */
async function twoReports<T>(fn: (files: { api: string; web: string; keys: string[] }, api: TempRepo) => T): Promise<T> {
  const shared = fakeOpenAiProjectKey();
  const aws = fakeAwsAccessKeyId();
  const warnRule = builtinRules.find((r) => r.severity === 'warn')!;
  return withTempRepo((api) =>
    withTempRepo((web) => {
      commit(api, 'config/prod.js', `const k = "${shared}";\n`);
      api.git(['update-ref', 'refs/remotes/origin/main', 'HEAD']); // pushed
      commit(api, 'src/local.js', `const a = "${aws}";\n`);
      commit(api, warnRule.samples().path ?? 'src/warn.txt', `${warnRule.samples().positives[0]!}\n`);
      commit(web, 'web.js', `const k = "${shared}";\n`);
      return fn({ api: report(api, 'api'), web: report(web, 'web'), keys: [shared, aws] }, api);
    }),
  );
}

describe('keyguard merge-reports', () => {
  it('text: repositories, findings by rule, each finding with where it was added and whether it was pushed; exit 1 on blocking', () =>
    twoReports(({ api, web, keys }) => {
      const r = runKeyguard('.', ['merge-reports', `org/api=${api}`, `org/web=${web}`]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/^keyguard merge-reports: 2 repositories, 4 finding\(s\) \(3 blocking, 1 warning\(s\)\), 3 distinct key\(s\), 1 pushed$/m);
      expect(r.stdout).toMatch(/^ {2}org\/api\s+3\s+2\s+1\s+1\s+4\s+0$/m); // 4 commits: the initial one too
      expect(r.stdout).toMatch(/^ {2}openai-project-key\s+OpenAI\s+2\s+2\s+org\/api, org\/web$/m);
      expect(r.stdout).toMatch(/^ {2}org\/api\s+block\s+config\/prod\.js:1\s+[0-9a-f]{12}\s+yes\s+openai-project-key\s+sk-proj-/m);
      for (const key of keys) expect(r.stdout).not.toContain(key);
    }));

  it('--fail-on: never exits 0 with blocking keys; warn exits 1 on a warning alone; block does not', () =>
    twoReports(({ api }, repo) => {
      expect(runKeyguard('.', ['merge-reports', api, '--fail-on', 'never']).status).toBe(0);
      const warnOnly = join(repo.dir, '.git', 'warn.json');
      const data = JSON.parse(runKeyguard('.', ['merge-reports', `a=${api}`, '--format', 'json']).stdout);
      expect(data.totals).toMatchObject({ repositories: 1, findings: 3, blocking: 2, warnings: 1, pushed: 1 });
      const parsed = JSON.parse(readText(api));
      writeFileSync(warnOnly, JSON.stringify({ ...parsed, findings: parsed.findings.filter((f: { severity: string }) => f.severity === 'warn') }));
      expect(runKeyguard('.', ['merge-reports', warnOnly]).status).toBe(0);
      expect(runKeyguard('.', ['merge-reports', warnOnly, '--fail-on=warn']).status).toBe(1);
    }));

  it('markdown: tables whose cells cannot be broken by a repository or file name', () =>
    twoReports(({ api, web }) => {
      const r = runKeyguard('.', ['merge-reports', `evil|name=${api}`, `org/web=${web}`, '--format', 'markdown']);
      expect(r.stdout).toMatch(/^### keyguard merge\\-reports\\: 2 repositories/m);
      expect(r.stdout).toContain('| evil\\|name | 3 | 2 | 1 | 1 | 4 | 0 |');
      for (const line of r.stdout.split('\n').filter((l) => l.startsWith('| evil'))) expect(line.split(/(?<!\\)\|/).length).toBeGreaterThan(3);
    }));

  it('exit 2 naming the file: a missing report, one that is not JSON, not keyguard\'s, or carries a key where a mask belongs', () =>
    twoReports(({ api, keys }, repo) => {
      const missing = runKeyguard('.', ['merge-reports', `org/api=${api}`, 'org/gone=/nonexistent/gone.json']);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('"/nonexistent/gone.json"');
      const bad = (name: string, text: string) => {
        const file = join(repo.dir, '.git', name);
        writeFileSync(file, text);
        const r = runKeyguard('.', ['merge-reports', file]);
        expect(r.status, name).toBe(2);
        expect(r.stderr).toContain(name);
        return r;
      };
      bad('broken.json', '{"version": 2, "findings": [');
      bad('other.json', JSON.stringify({ results: [] }));
      const parsed = JSON.parse(readText(api));
      const leaking = bad('leak.json', JSON.stringify({ ...parsed, findings: [{ ...parsed.findings[0], redacted: keys[0] }] }));
      expect(leaking.stderr).toContain('redacted is not a masked value');
      // A whole key dressed as a mask: more than redact() shows of that rule.
      const dressed = bad('leak2.json', JSON.stringify({ ...parsed, findings: [{ ...parsed.findings[0], redacted: `${keys[0]}…(164 chars)` }] }));
      // The provider shown is keyguard's own for the rule id, never the report's string.
      const inProvider = join(repo.dir, '.git', 'leak3.json');
      writeFileSync(inProvider, JSON.stringify({ ...parsed, findings: [{ ...parsed.findings[0], provider: keys[1] }] }));
      const shown = runKeyguard('.', ['merge-reports', inProvider, '--format', 'json']);
      expect(shown.status).toBe(1);
      expect(JSON.parse(shown.stdout).rules[0].provider).toBe('OpenAI');
      for (const key of keys) expect(`${leaking.stdout}${leaking.stderr}${dressed.stdout}${dressed.stderr}${shown.stdout}${shown.stderr}`).not.toContain(key);
      const twice = runKeyguard('.', ['merge-reports', `x=${api}`, `x=${api}`]);
      expect(twice.status).toBe(2);
    }));

  it('needs at least one report', () => {
    const r = runKeyguard('.', ['merge-reports']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('merge-reports needs');
  });
});

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
