import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from '../../helpers/runCli.js';
import { describe, expect, it } from 'vitest';
import { GLOBAL_HOOK_MARK, GUARDED_HOOKS, globalHookScript, PASS_THROUGH_HOOKS } from '../../../src/init/globalHookScript.js';

const hostile = { node: "/opt/it's node/bin/node", cli: '/home/a b/$HOME/`x`/cli.cjs', previous: '~/my "hooks"' };
const names = [...Object.keys(GUARDED_HOOKS), ...PASS_THROUGH_HOOKS];

describe('globalHookScript (init --global dispatchers)', () => {
  it('writes a parseable POSIX sh script for every hook name, paths single-quoted whatever they hold', () => {
    for (const name of names) {
      const text = globalHookScript(name, hostile);
      expect(text.startsWith(`#!/bin/sh\n${GLOBAL_HOOK_MARK}\n`)).toBe(true);
      expect(spawnSync('sh', ['-n'], { input: text }).status, name).toBe(0);
      expect(text).toContain(`kg_previous='~/my "hooks"'`);
    }
    const preCommit = globalHookScript('pre-commit', hostile);
    expect(preCommit).toContain(`kg_node='/opt/it'\\''s node/bin/node'`);
    expect(preCommit).toContain("kg_cli='/home/a b/$HOME/`x`/cli.cjs'");
  });

  it('runs keyguard only from pre-commit, commit-msg and pre-push; never stands in for hooks whose presence changes git', () => {
    expect(Object.keys(GUARDED_HOOKS).sort()).toEqual(['commit-msg', 'pre-commit', 'pre-push']);
    for (const name of PASS_THROUGH_HOOKS) expect(globalHookScript(name, hostile)).not.toContain('kg_cli');
    expect(new Set(names).size).toBe(names.length);
    for (const absent of ['push-to-checkout', 'proc-receive', 'fsmonitor-watchman']) expect(names).not.toContain(absent);
  });

  it('outside any repository: a pass-through hook has nothing to run (exit 0), a keyguard hook refuses (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyguard-dispatch-'));
    try {
      const run = (name: string) => {
        writeFileSync(join(dir, name), globalHookScript(name, { ...hostile, previous: null }));
        return spawnSync('sh', [join(dir, name)], { cwd: dir, env: cleanEnv({ GIT_CEILING_DIRECTORIES: tmpdir() }), input: '' }).status;
      };
      expect(run('sendemail-validate')).toBe(0);
      expect(run('pre-commit')).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
