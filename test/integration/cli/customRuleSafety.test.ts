/**
 * Custom rules from a hostile or careless config (issue 10, item 13), through real `git commit`s:
 * a pattern that backtracks catastrophically is refused at config load, naming the rule and why
 * (it used to hang every commit: `(a+)+$` on 40 characters took over a minute); one the analysis
 * accepts but that is polynomial only ever reads a line window, so a long line cannot stall it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { git, gitOk } from '../../helpers/runCli.js';

afterEach(removeHookRepos);

function withRule(pattern: string, keyword: string): string {
  const dir = makeHookRepo();
  const rule = { id: 'acme-token', provider: 'Acme', pattern, keywords: [keyword], remediation: { revokeUrl: 'https://acme.example.invalid/keys' } };
  writeRepoFile(dir, '.keyguardrc.json', `${JSON.stringify({ rules: [rule] }, null, 2)}\n`);
  return dir;
}

function commit(dir: string): { status: number | null; output: string } {
  gitOk(dir, ['add', '-A']);
  const r = git(dir, ['commit', '-m', 'change']);
  return { status: r.status, output: r.stdout + r.stderr };
}

/** A token of the made-up Acme format (`acme_` + 32 lower-case hex-ish characters), built at run time. */
const acmeToken = () => `acme_${Array.from({ length: 32 }, (_, i) => '3f9a0c7e1b5d8246'[(i * 5 + 3) % 16]).join('')}`;

describe('custom rule patterns', () => {
  it('refuses a catastrophic pattern at config load: exit 2, the rule, why, how to bypass', () => {
    const dir = withRule(String.raw`acme_(a+)+$`, 'acme_');
    writeRepoFile(dir, 'notes.txt', 'nothing secret here\n');
    const { status, output } = commit(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid keyguard config in .keyguardrc.json: rules[0].pattern (rule "acme-token")');
    expect(output).toContain('can backtrack catastrophically');
    expect(output).toContain('git commit --no-verify');
    expect(gitOk(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  });

  it('runs a polynomial pattern on line windows: a 100 kB line is checked, keys in long lines are found', () => {
    const dir = withRule(String.raw`acme_[0-9a-f]{32}|x\s*\s*\s*y`, 'acme_');
    writeRepoFile(dir, 'spaces.txt', `acme_ x${' '.repeat(100_000)}\n`);
    expect(commit(dir).status).toBe(0);
    writeRepoFile(dir, 'long.min.js', `var a="${'-'.repeat(5000)}";var t="${acmeToken()}";var b="${'-'.repeat(5000)}";\n`);
    const { status, output } = commit(dir);
    expect(status).toBe(1);
    expect(output).toContain('long.min.js:1:');
    expect(output).toContain('[acme-token]');
    expect(output).not.toContain(acmeToken());
  });
});
