import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { CLI, git, runKeyguard } from '../../helpers/runCli.js';
import { withTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

/**
 * The command line as users meet it, through the built CLI (issue 11, point 3): one clear line per
 * mistake with the closest valid name, exit 2; options a command does not use refused; help per
 * command listing every option it takes.
 */
const SUMMARY = /keyguard: \d+ blocking, \d+ warning\(s\); scanned/;
const HOOK_LINE_BYPASS = 'In a git hook this stops the commit (fail closed): fix the keyguard line there, or bypass once: git commit --no-verify';

/** A pre-commit hook running `keyguard check-staged` with these extra words, as a user might mistype it. */
function installHookWith(repo: TempRepo, words: string): void {
  const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" check-staged ${words}\n`);
  chmodSync(hook, 0o755);
}

describe('a mistyped option or command', () => {
  it('is one line naming it and the closest valid name, the help to read, and exit 2 (no parser text)', () =>
    withTempRepo((repo) => {
      const run = runKeyguard(repo.dir, ['check-staged', '--fromat', 'json']);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'keyguard: unknown option --fromat for check-staged; did you mean --format?\n' +
          'Run `keyguard help check-staged`.\n' +
          `${HOOK_LINE_BYPASS}\n`,
      );
      const command = runKeyguard(repo.dir, ['chek-staged']);
      expect(command.status).toBe(2);
      expect(command.stderr).toBe('keyguard: unknown command "chek-staged"; did you mean check-staged?\nRun `keyguard help`.\n');
      const value = runKeyguard(repo.dir, ['scan', '--format', 'jsno']);
      expect(value.status).toBe(2);
      expect(value.stderr).toBe('keyguard: unknown --format "jsno" for scan; did you mean json? (text, json or sarif)\nRun `keyguard help scan`.\n');
      const missing = runKeyguard(repo.dir, ['check-push', '--format']);
      expect(missing.status).toBe(2);
      expect(missing.stderr.split('\n')[0]).toBe('keyguard: --format needs a value: text, json or sarif (--format VALUE or --format=VALUE)');
      expect(missing.stderr).toContain('git push --no-verify');
    }));

  it('in a real pre-commit hook, stops the commit with that line and how to bypass', () =>
    withTempRepo((repo) => {
      installHookWith(repo, '--fromat json');
      repo.write('ok.js', 'export const answer = 42;\n');
      repo.git(['add', 'ok.js']);
      const commit = git(repo.dir, ['commit', '-m', 'add ok.js']);
      expect(commit.status).not.toBe(0);
      expect(commit.stderr).toContain('keyguard: unknown option --fromat for check-staged; did you mean --format?\n');
      expect(commit.stderr).toContain(HOOK_LINE_BYPASS);
      expect(commit.stderr).not.toContain('could not check this commit'); // that advice is for files it could not read
      expect(git(repo.dir, ['commit', '--no-verify', '-m', 'add ok.js']).status).toBe(0);
    }));
});

describe('options a command does not use', () => {
  it('are refused, naming the command and the commands that take them', () =>
    withTempRepo((repo) => {
      for (const [args, line] of [
        [['rules', '--all'], 'rules does not take --all (scan-history or scrub take it)'],
        [['scan', '-v'], 'scan does not take -v (check-staged or check-files take it)'],
        [['baseline', '--format', 'json'], 'baseline does not take --format'],
        [['init', '--reason', 'x'], 'init does not take --reason (baseline takes it)'],
      ] as const) {
        const run = runKeyguard(repo.dir, args);
        expect(run.status, args.join(' ')).toBe(2);
        expect(run.stderr.split('\n')[0], args.join(' ')).toBe(`keyguard: ${line}`);
      }
    }));

  it('scan -q works as for check-staged: findings and errors only', () =>
    withTempRepo((repo) => {
      repo.write('logo.bin', Buffer.from([0, 1, 2, 0, 255])); // gives a "binary" note
      repo.write('ok.js', 'const key = process.env.OPENAI_API_KEY;\n');
      expect(runKeyguard(repo.dir, ['scan']).stdout).toMatch(SUMMARY);
      expect(runKeyguard(repo.dir, ['scan', '-q'])).toMatchObject({ status: 0, stdout: '' });
      repo.write('leak.js', `const key = "${fakeOpenAiProjectKey()}";\n`);
      const quiet = runKeyguard(repo.dir, ['scan', '--quiet']);
      expect(quiet.status).toBe(1);
      expect(quiet.stdout).toContain('leak.js:1:14');
      expect(quiet.stdout).not.toMatch(SUMMARY);
      expect(quiet.stdout).not.toContain('note:');
    }));
});

describe('help', () => {
  it('help <command>, <command> --help and -h show its usage, every option and examples', () =>
    withTempRepo((repo) => {
      const help = runKeyguard(repo.dir, ['help', 'check-staged']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: keyguard check-staged \[options\]\n/);
      for (const flag of ['--format FORMAT', '-q, --quiet', '-v, --verbose', '--color', '--no-color', '-h, --help']) {
        expect(help.stdout).toContain(`\n  ${flag} `);
      }
      expect(help.stdout).toContain('Examples:\n  keyguard check-staged\n');
      expect(runKeyguard(repo.dir, ['check-staged', '--help']).stdout).toBe(help.stdout);
      expect(runKeyguard(repo.dir, ['check-staged', '-h']).stdout).toBe(help.stdout);
      expect(runKeyguard(repo.dir, ['help', 'scrub']).stdout).toContain('--write-replacements FILE');
    }));

  it('help alone (or no arguments) lists the commands; help nosuch is a usage error', () =>
    withTempRepo((repo) => {
      const general = runKeyguard(repo.dir, []);
      expect(general.status).toBe(0);
      expect(general.stdout).toContain('\n  scan-history [REV...] ');
      expect(runKeyguard(repo.dir, ['help']).stdout).toBe(general.stdout);
      expect(runKeyguard(repo.dir, ['help', 'scna'])).toMatchObject({ status: 2, stderr: 'keyguard: unknown command "scna"; did you mean scan?\nRun `keyguard help`.\n' });
      expect(runKeyguard(repo.dir, ['-V'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
      expect(runKeyguard(repo.dir, ['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    }));
});

describe('edge cases of the command line', () => {
  it('--format=json and --format json, -qv, options before the command, -- before paths', () =>
    withTempRepo((repo) => {
      repo.write('-odd.js', `const key = "${fakeOpenAiProjectKey()}";\n`);
      repo.git(['add', '--', '-odd.js']);
      for (const args of [['check-staged', '--format=json'], ['check-staged', '--format', 'json', '-qv'], ['--format', 'json', 'check-staged'], ['check-files', '--format=json', '--', '-odd.js']]) {
        const run = runKeyguard(repo.dir, args);
        expect(run.status, args.join(' ')).toBe(1);
        expect(JSON.parse(run.stdout).findings[0].file, args.join(' ')).toBe('-odd.js');
      }
      const twice = runKeyguard(repo.dir, ['check-staged', '--format', 'json', '--format', 'sarif']);
      expect(twice.status).toBe(2);
      expect(twice.stderr.split('\n')[0]).toBe('keyguard: --format given twice ("json", then "sarif"): give it once');
      const extra = runKeyguard(repo.dir, ['check-staged', 'extra']);
      expect(extra.status).toBe(2);
      expect(extra.stderr.split('\n')[0]).toBe('keyguard: unexpected argument "extra": check-staged takes no arguments');
    }));
});
