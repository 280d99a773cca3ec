import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { CLI, cleanEnv, runKeyguard } from '../../helpers/runCli.js';
import { withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

const ESC = '\u001b[';
const SUMMARY = /keyguard: \d+ blocking, \d+ warning\(s\); scanned/;

function stageLeak(repo: TempRepo): void {
  repo.write('leak.js', `const key = "${fakeOpenAiProjectKey()}";\n`);
  repo.write('logo.bin', Buffer.from([0, 1, 2, 0, 255])); // gives a "binary skipped" note
  repo.git(['add', '-A']);
}

describe('-q / --quiet', () => {
  it('prints nothing for a clean or empty index', () =>
    withTempRepo((repo) => {
      expect(runKeyguard(repo.dir, ['check-staged', '-q'])).toMatchObject({ status: 0, stdout: '' });
      repo.write('ok.js', 'const key = process.env.OPENAI_API_KEY;\n');
      repo.git(['add', 'ok.js']);
      expect(runKeyguard(repo.dir, ['check-staged', '--quiet'])).toMatchObject({ status: 0, stdout: '' });
      expect(runKeyguard(repo.dir, ['check-staged']).stdout).toMatch(SUMMARY);
    }));

  it('keeps findings and remediation, drops notes and the summary line (check-files too)', () =>
    withTempRepo((repo) => {
      stageLeak(repo);
      const loud = runKeyguard(repo.dir, ['check-staged']);
      expect(loud.stdout).toMatch(SUMMARY);
      expect(loud.stdout).toContain('note:');
      for (const args of [['check-staged', '-q'], ['check-files', '-q', 'leak.js', 'logo.bin']]) {
        const quiet = runKeyguard(repo.dir, args);
        expect(quiet.status).toBe(1);
        expect(quiet.stdout).toContain('leak.js:1:14');
        expect(quiet.stdout).toContain('git restore --staged');
        expect(quiet.stdout).not.toMatch(SUMMARY);
        expect(quiet.stdout).not.toContain('note:');
      }
    }));
});

describe('-v / --verbose', () => {
  it('lists scanned files and timings on stderr, leaving JSON on stdout parseable', () =>
    withTempRepo((repo) => {
      stageLeak(repo);
      const run = runKeyguard(repo.dir, ['check-staged', '-v', '--format', 'json']);
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout).findings).toHaveLength(1);
      expect(run.stderr).toContain('keyguard: scanned leak.js\n');
      expect(run.stderr).toMatch(/keyguard: 1 file\(s\), \d+ byte\(s\) of added lines in \d+ ms\nkeyguard: skipped 0 allowlisted, 1 binary\n$/);
      expect(runKeyguard(repo.dir, ['check-staged', '--format', 'json']).stderr).toBe('');
    }));
});

describe('colours: flags > FORCE_COLOR > NO_COLOR > TTY', () => {
  it('FORCE_COLOR turns colours on for a pipe and beats NO_COLOR; FORCE_COLOR=0 and --no-color turn them off', () =>
    withTempRepo((repo) => {
      stageLeak(repo);
      expect(runKeyguard(repo.dir, ['check-staged']).stdout).not.toContain(ESC); // a pipe, NO_COLOR=1
      expect(runKeyguard(repo.dir, ['check-staged'], { FORCE_COLOR: '1' }).stdout).toContain(ESC);
      expect(runKeyguard(repo.dir, ['check-staged'], { FORCE_COLOR: '0' }).stdout).not.toContain(ESC);
      expect(runKeyguard(repo.dir, ['check-staged', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
      expect(runKeyguard(repo.dir, ['check-staged', '--color']).stdout).toContain(ESC);
    }));

  // util-linux script(1) gives the CLI a terminal as stdout.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal, colours are on unless NO_COLOR is set', () =>
    withTempRepo((repo) => {
      stageLeak(repo);
      const onTty = (env: Record<string, string>) => {
        const base = cleanEnv(env);
        delete base.NO_COLOR;
        delete base.FORCE_COLOR;
        const r = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" check-staged`, '/dev/null'], {
          cwd: repo.dir, env: { ...base, ...env }, encoding: 'utf8',
        });
        return r.stdout;
      };
      expect(onTty({})).toContain(ESC);
      expect(onTty({ NO_COLOR: '1' })).not.toContain(ESC);
    }));
});

describe('help', () => {
  it('fits 80 columns and lists check-files; its own help documents -q and -v', () =>
    withTempRepo((repo) => {
      const help = runKeyguard(repo.dir, ['help']);
      expect(help.status).toBe(0);
      for (const line of help.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
      expect(help.stdout).toMatch(/check-files FILE\.\.\./);
      expect(runKeyguard(repo.dir, ['help', 'check-files']).stdout).toMatch(/-q, --quiet[\s\S]*-v, --verbose/);
    }));
});
