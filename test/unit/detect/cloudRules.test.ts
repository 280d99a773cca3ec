/**
 * Checks of the cloud-provider rules beyond the shared table test (rules.test.ts): checksum
 * algorithms against published vectors, shapes that only the rule itself must reject (a generic
 * rule may still report a wrong-length value under a secret-looking name), and `supersedes`.
 */
import { describe, expect, it } from 'vitest';
import { marvin64, marvinSeed } from '../../../src/detect/checksum/marvin.js';
import { cloudRules } from '../../../src/detect/rules/cloud.js';
import { entraChecksum } from '../../../src/detect/rules/azureChecksums.js';
import { privateKeyRules } from '../../../src/detect/rules/private-keys.js';
import { buildPypiMacaroon, isPypiMacaroon } from '../../../src/detect/rules/pypiMacaroon.js';
import { seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';
import type { Rule } from '../../../src/detect/types.js';

function rule(id: string): Rule {
  const found = cloudRules.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
}
const ids = (text: string, rules: readonly Rule[]) => scan(text, rules, { inlineAllow: false }).map((f) => f.ruleId);
/** Built from parts: our own hook scans this file (a Heroku label next to it would be a finding). */
const UUID = '0c2f9a6e-51b7-4d0e-' + '9a3c-7e5b1f2d8c46';

describe('marvin64', () => {
  // microsoft/security-utilities MarvinTests.cs / MarvinShared.cs (SymCrypt and skeeto vectors).
  it.each([
    [0x004fb61a001bdbccn, '', '30ed35c100cd3c7d'],
    [0x004fb61a001bdbccn, '\xaf', '48e73fc77d75ddc1'],
    [0x004fb61a001bdbccn, '\xe7\x0f', 'b5f6e1fc485dbff8'],
    [0x004fb61a001bdbccn, '\x37\xf4\x95', 'f0b07c789b8cf7e8'],
    [0x004fb61a001bdbccn, '\x86\x42\xdc\x59', '7008f2e87e9cf556'],
    [0x004fb61a001bdbccn, '\xab\x42\x7e\xa8\xd1\x0f\xc7', 'e11847e4f0678c41'],
    [0x804fb61a801bdbccn, '\xff\x00\xff\x00\xff\x00\xff', 'fdfd187b1d3ce784'],
    [0xd53cd9cecd0893b7n, 'abc', '22c74339492769bf'],
    [0x0ddddeeeeffff000n, 'abcdefghijklmnopqrstuvwxyz', 'a128eb7e7260aca2'],
  ])('seed %s, input %j', (seed, input, expected) => {
    const [hi, lo] = marvin64(Buffer.from(input, 'latin1'), marvinSeed(seed));
    expect(hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')).toBe(expected);
  });

  it('gives Entra checksums of three characters from the secret alphabet', () => {
    expect(entraChecksum('abc8Q~' + 'x'.repeat(31))).toMatch(/^[A-Za-z0-9.~_-]{3}$/);
  });
});

describe('GitLab routable tokens', () => {
  // google/osv-scalibr veles/secrets/gitlabpat/detector_test.go test keys, built from parts.
  const payload = 'bzox79Of-KE9FD2Ljo' + 'XXF4CvyxA';
  it('accept the versioned and unversioned test keys and reject a wrong CRC', () => {
    const routable = [rule('gitlab-routable-token')];
    expect(ids(`GITLAB_PAT="glpat-${payload}.01.0r${'0l8l6ir'}"`, routable)).toEqual(['gitlab-routable-token']);
    expect(ids(`glpat-${payload}.0r${'03gxo7s'}`, routable)).toEqual(['gitlab-routable-token']);
    expect(ids(`glpat-${payload}.01.0r${'03gxo7a'}`, routable)).toEqual([]);
  });

  it('leave the legacy test key to the fixed-length rule', () => {
    const key = 'glpat-' + 'vzDNJu3Lvh4Y' + 'CCekKsnx';
    expect(ids(key, cloudRules)).toEqual(['gitlab-personal-access-token']);
  });
});

describe('label-bound rules reject values of the wrong shape', () => {
  const r = seededRandom('cloud-rules-test');
  const b64 = (n: number) => r.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
  it.each([
    ['aws-secret-access-key', `AWS_SECRET_ACCESS_KEY=${b64(37)}a/Z`, `AWS_SECRET_ACCESS_KEY=${b64(38)}a/Z`],
    ['aws-secret-access-key', `aws_secret_access_key = ${b64(37)}a/Z`, `aws_secret_access_key = ${b64(36)}a/Z`],
    ['azure-storage-account-key', `AccountKey=${b64(86)}==`, `AccountKey=${b64(85)}==`],
    ['azure-storage-account-key', `AccountKey=${b64(86)}==;`, `AccountKey=${b64(87)}==;`],
    ['azure-shared-access-key', `SharedAccessKey=${b64(43)}=`, `SharedAccessKey=${b64(44)}=`],
    ['azure-devops-legacy-pat', `ADO_PAT=${r.chars(51, 'abcdefghijklmnopqrstuvwxyz234567')}7`, `tornado_token = "${r.chars(51, 'abcdefghijklmnopqrstuvwxyz234567')}7"`],
    ['heroku-api-key', `HEROKU_API_KEY=${UUID}`, `HEROKU_APP_ID=${UUID}`],
    ['heroku-api-key', `heroku_oauth_token: ${UUID}`, `HEROKU_API_KEY=${UUID}0`],
    ['vercel-legacy-token', `VERCEL_TOKEN=${r.chars(22, 'abcdefXYZ0123')}aZ`, `VERCEL_TOKEN=${r.chars(23, 'abcdefXYZ0123')}aZ`],
    ['vercel-legacy-token', `vercel_api_key = "${r.chars(22, 'abcdefXYZ0123')}aZ"`, `VERCEL_TOKEN=${r.chars(21, 'abcdefXYZ0123')}aZ`],
  ])('%s', (id, positive, negative) => {
    expect(ids(positive, [rule(id)])).toEqual([id]);
    expect(ids(negative, [rule(id)])).toEqual([]);
  });

  it('azure-entra-client-secret knows only the 7Q~ and 8Q~ markers', () => {
    const head = `${r.chars(3, 'abcdefgh')}8Q~${r.chars(31, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    const entra = [rule('azure-entra-client-secret')];
    expect(ids(`secret=${head}${entraChecksum(head)}`, entra)).toEqual(['azure-entra-client-secret']);
    expect(ids(`secret=${head.replace('8Q~', '9Q~')}${entraChecksum(head)}`, entra)).toEqual([]);
  });
});

describe('gcp-service-account-key', () => {
  it('supersedes private-key on the PEM of a service-account file, which private-key alone reports', () => {
    const gcp = rule('gcp-service-account-key');
    const [sample = ''] = gcp.samples().positives;
    expect(ids(sample, [...privateKeyRules, gcp])).toEqual(['gcp-service-account-key']);
    expect(ids(sample, privateKeyRules)).toEqual(['private-key']);
  });
});

describe('isPypiMacaroon', () => {
  const sig = new Uint8Array(32).fill(7);
  const id = UUID;
  it('parses caveats with long (multi-byte varint) identifiers', () => {
    expect(isPypiMacaroon(buildPypiMacaroon('pypi.org', id, ['x'.repeat(300), '[1,["p"]]'], sig))).toBe(true);
  });
  it('rejects other locations, trailing bytes and short signatures', () => {
    expect(isPypiMacaroon(buildPypiMacaroon('example.org', id, [], sig))).toBe(false);
    expect(isPypiMacaroon(`${buildPypiMacaroon('pypi.org', id, [], sig)}AA`)).toBe(false);
    expect(isPypiMacaroon(buildPypiMacaroon('pypi.org', id, [], sig.subarray(1)))).toBe(false);
  });
});
