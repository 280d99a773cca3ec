import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey, randomFrom } from '../../helpers/fakeKeys.js';
import { CLI, cleanEnv, runKeyguard, type RunResult } from '../../helpers/runCli.js';
import { makeTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

/**
 * `--verify` through the built CLI. A preloaded module (node --require) records every DNS lookup
 * and socket the process attempts, and fails each lookup at once: this machine has no network, and
 * the tests must neither reach one nor wait for one. What it records is what would have left.
 */
const PRELOAD = `
const fs = require('node:fs'), dns = require('node:dns'), net = require('node:net'), tls = require('node:tls'), https = require('node:https');
const record = (line) => fs.appendFileSync(process.env.KEYGUARD_TEST_NET_LOG, line + '\\n');
dns.lookup = function (host, options, callback) {
  record('lookup ' + host);
  const done = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error('getaddrinfo ENOTFOUND ' + host), { code: 'ENOTFOUND', hostname: host });
  process.nextTick(() => done(error));
};
const request = https.request;
https.request = function (options, ...rest) {
  // Only the User-Agent: the other headers hold the key.
  record('request ' + options.host + ' ' + JSON.stringify(options.headers['user-agent']));
  return request.call(this, options, ...rest);
};
for (const [module, name] of [[net, 'connect'], [net, 'createConnection'], [tls, 'connect']]) {
  const original = module[name];
  module[name] = function (...args) {
    const o = args[0];
    record(name + ' ' + (o && typeof o === 'object' ? o.host + ':' + o.port : String(o)));
    return original.apply(this, args);
  };
}
`;

let repo: TempRepo;
let dir: string;
let log: string;
let secrets: string[];

beforeEach(() => {
  repo = makeTempRepo();
  dir = mkdtempSync(join(tmpdir(), 'keyguard-verify-'));
  writeFileSync(join(dir, 'preload.cjs'), PRELOAD);
  log = join(dir, 'net.log');
  const openai = fakeOpenAiProjectKey();
  const id = fakeAwsAccessKeyId();
  const secret = `${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 37)}a/Z`;
  secrets = [openai, id, secret];
  repo.write('app.env', `OPENAI_API_KEY=${openai}\nAWS_ACCESS_KEY_ID=${id}\naws_secret_access_key = ${secret}\n`);
});
afterEach(() => {
  repo.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const netEnv = () => ({ NODE_OPTIONS: `--require ${join(dir, 'preload.cjs')}`, KEYGUARD_TEST_NET_LOG: log });

function run(args: readonly string[], input?: string): RunResult {
  const r = input === undefined
    ? runKeyguard(repo.dir, args, netEnv())
    : spawnSync(process.execPath, [CLI, ...args], { cwd: repo.dir, env: cleanEnv(netEnv()), input, encoding: 'utf8' });
  for (const s of secrets) expect(r.stdout + r.stderr).not.toContain(s);
  return r;
}
/** Host names the process looked up or connected to, sorted, once each. */
const contacted = () => (existsSync(log) ? [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[1]!.replace(/:.*$/, '')))].sort() : []);

interface JsonFinding { ruleId: string; verification?: { status: string; checkedAt: string; detail: string } }
const findings = (r: RunResult) => (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;

describe('keyguard --verify', () => {
  it('without --verify: no lookup, no connection, no verification field, JSON version 2', () => {
    const r = run(['scan', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).version).toBe(2);
    expect(findings(r).map((f) => f.verification)).toEqual([undefined, undefined, undefined]);
    expect(contacted()).toEqual([]);
  });

  it('scan --verify asks only the providers\' own hosts; no network makes every key unknown, with the reason', () => {
    const r = run(['scan', '--verify', '--format', 'json']);
    expect(r.status).toBe(1); // exit codes unchanged
    expect(JSON.parse(r.stdout).version).toBe(3);
    expect(contacted()).toEqual(['api.openai.com', 'sts.amazonaws.com']);
    const agents = readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('request ')).map((l) => l.split(' ').slice(2).join(' '));
    expect(agents).toHaveLength(2); // the AWS pair is one request
    for (const agent of agents) expect(JSON.parse(agent)).toMatch(/^keyguard\/\d+\.\d+\.\d+\S* \(\+verify\)$/);
    expect(findings(r).map((f) => [f.ruleId, f.verification?.status, f.verification?.detail])).toEqual([
      ['openai-project-key', 'unknown', 'no answer from api.openai.com: ENOTFOUND'],
      ['aws-access-key-id', 'unknown', 'no answer from sts.amazonaws.com: ENOTFOUND'],
      ['aws-secret-access-key', 'unknown', 'no answer from sts.amazonaws.com: ENOTFOUND'],
    ]);
    for (const f of findings(r)) expect(Number.isNaN(Date.parse(f.verification!.checkedAt))).toBe(false);
  });

  it('text and SARIF carry the status too', () => {
    const text = run(['scan', '--verify']);
    expect(text.stdout).toContain('    unknown: no answer from api.openai.com: ENOTFOUND');
    const sarif = JSON.parse(run(['scan', '--verify', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results[0].properties.verification).toMatchObject({ status: 'unknown', detail: 'no answer from api.openai.com: ENOTFOUND' });
  });

  it('--fail-on-live implies --verify and exits 0 when no key is live, blocking findings or not', () => {
    const r = run(['scan', '--fail-on-live', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(findings(r).every((f) => f.verification?.status === 'unknown')).toBe(true);
  });

  it('the hooks take --verify but not --fail-on-live, which would let keys through whenever no provider answers', () => {
    repo.git(['add', 'app.env']);
    const r = run(['check-staged', '--fail-on-live']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('check-staged does not take --fail-on-live');
    expect(contacted()).toEqual([]);
  });

  it('the config\'s "verify" turns it on for scan and scan-history, never for the hooks', () => {
    repo.write('.keyguardrc.json', '{"verify": true}');
    repo.git(['add', '.']);
    const staged = run(['check-staged', '--format', 'json']);
    expect(staged.status).toBe(1);
    expect(findings(staged).some((f) => f.verification !== undefined)).toBe(false);
    expect(contacted()).toEqual([]);
    expect(findings(run(['scan', '--format', 'json'])).every((f) => f.verification?.status === 'unknown')).toBe(true);
    expect(contacted()).toEqual(['api.openai.com', 'sts.amazonaws.com']);
  });

  it('check-staged --verify and scan-history --verify', () => {
    repo.git(['add', 'app.env']);
    const staged = run(['check-staged', '--verify', '--format', 'json']);
    expect(staged.status).toBe(1);
    expect(findings(staged).filter((f) => f.ruleId === 'openai-project-key').map((f) => f.verification?.status)).toEqual(['unknown']);
    repo.git(['commit', '-q', '--no-verify', '-m', 'keys']);
    const history = run(['scan-history', '--verify', '--format', 'json']);
    expect(history.status).toBe(1);
    expect(findings(history).map((f) => f.verification?.detail).sort()).toEqual([
      'no answer from api.openai.com: ENOTFOUND',
      'no answer from sts.amazonaws.com: ENOTFOUND',
      'no answer from sts.amazonaws.com: ENOTFOUND',
    ]);
  });

  it('check-push: only with --verify on its own command line', () => {
    repo.write('.keyguardrc.json', '{"verify": true}');
    repo.git(['add', '.']);
    repo.git(['commit', '-q', '--no-verify', '-m', 'keys']);
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const lines = `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`;
    const plain = run(['check-push', '--format', 'json'], lines);
    expect(plain.status).toBe(1);
    expect(contacted()).toEqual([]);
    const verified = run(['check-push', '--verify', '--format', 'json'], lines);
    expect(verified.status).toBe(1);
    expect(findings(verified).every((f) => f.verification?.status === 'unknown')).toBe(true);
    expect(contacted()).toEqual(['api.openai.com', 'sts.amazonaws.com']);
  });
});
