import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';
import { runKeyguard } from '../../helpers/runCli.js';
import { withTempRepo } from '../../helpers/tempRepo.js';

const FILE = resolve(import.meta.dirname, '../../../.pre-commit-hooks.yaml');

/** The top-level `key: value` pairs of the one hook in the file (it is a single flat mapping). */
function hookFields(): Map<string, string> {
  const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => !l.trimStart().startsWith('#'));
  expect(lines.filter((l) => l.startsWith('- ')).length).toBe(1);
  const fields = new Map<string, string>();
  for (const line of lines) {
    const m = /^(?:- | {2})([a-z_]+): (.*)$/.exec(line);
    if (m) fields.set(m[1]!, m[2]!);
  }
  return fields;
}

describe('.pre-commit-hooks.yaml (pre-commit framework)', () => {
  it('declares a node hook that runs check-staged once, without file names, valid for pre-commit 3.0 and 4.x', () => {
    const hook = hookFields();
    expect(hook.get('id')).toBe('keyguard');
    expect(hook.get('language')).toBe('node');
    expect(hook.get('pass_filenames')).toBe('false');
    expect(hook.get('always_run')).toBe('true');
    // 3.0/3.1 reject the stage name `pre-commit`, 4.x warns about the old `commit`: no stages at all.
    expect(hook.has('stages')).toBe(false);
    expect(hook.get('minimum_pre_commit_version')).toBe("'3.0.0'");
    // `entry` runs from PATH after pre-commit's `npm install -g <tarball>`: it must be our bin.
    const [bin, ...args] = hook.get('entry')!.split(' ');
    expect(Object.keys(pkg.bin)).toContain(bin);
    expect(args).toEqual(['check-staged']);
  });

  it('its entry, run the way pre-commit runs it (no file names appended), blocks a staged key', () =>
    withTempRepo((repo) => {
      const args = hookFields().get('entry')!.split(' ').slice(1);
      repo.write('config.js', `export const key = "${fakeOpenAiProjectKey()}";\n`);
      repo.git(['add', 'config.js']);
      expect(runKeyguard(repo.dir, args).status).toBe(1);
      repo.git(['rm', '-q', '--cached', 'config.js']);
      expect(runKeyguard(repo.dir, args).status).toBe(0);
    }));
});
