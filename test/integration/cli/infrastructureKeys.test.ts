/**
 * Issue 12 point 3, infrastructure family: keys of the new services, generated at run time by the
 * rules' own samples (never literal), go through a real `git commit` and the built CLI. Checks what
 * the table test cannot see: the masked report names each provider's revoke page, a Fly.io macaroon
 * list is one finding, a Cloudflare token with a wrong checksum and a Scaleway UUID without its
 * label pass.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { git, gitOk, runKeyguard } from '../../helpers/runCli.js';

afterEach(removeHookRepos);

/** The first true sample of a rule (generated from its seeded random source). */
function sample(id: string): string {
  const rule = builtinRules.find((r) => r.id === id);
  const first = rule?.samples().positives[0];
  if (first === undefined) throw new Error(`no sample for ${id}`);
  return first;
}

const IDS = ['cloudflare-api-token', 'flyio-macaroon-token', 'scaleway-secret-key', 'tailscale-key', 'alibaba-access-key-id'];

describe('infrastructure keys through git commit', () => {
  it('refuses the commit, reports each key once with its revoke page, never the key', () => {
    const dir = makeHookRepo();
    const lines = IDS.map(sample);
    writeRepoFile(dir, 'deploy/settings.conf', `${lines.join('\n')}\n`);
    gitOk(dir, ['add', '-A']);
    const commit = git(dir, ['commit', '-m', 'deploy config']);
    expect(commit.status).not.toBe(0);
    const output = commit.stdout + commit.stderr;
    for (const url of ['https://dash.cloudflare.com/profile/api-tokens', 'https://fly.io/user/personal_access_tokens', 'https://console.scaleway.com/iam/api-keys']) {
      expect(output).toContain(url);
    }
    for (const line of lines) expect(output).not.toContain(line.slice(line.indexOf('=') + 1));

    const json = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(json.status).toBe(1);
    const ids = (JSON.parse(json.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(ids.sort()).toEqual([...IDS].sort());
  });

  it('lets through a checksum-failing Cloudflare token and an unlabelled Scaleway UUID', () => {
    const dir = makeHookRepo();
    const token = sample('cloudflare-api-token').split('=')[1] ?? '';
    const broken = token.slice(0, -1) + (token.endsWith('0') ? '1' : '0');
    const uuid = sample('scaleway-secret-key').split('=')[1] ?? '';
    writeRepoFile(dir, 'notes.md', `token: ${broken}\nproject: ${uuid}\n`);
    gitOk(dir, ['add', '-A']);
    const check = runKeyguard(dir, ['check-staged', '--format', 'json']);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
    expect(check.status).toBe(0);
  });
});
