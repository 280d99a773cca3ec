/**
 * Issue #12 point 2: secrets assigned the way real code assigns them. Each case of the issue,
 * scanned with the whole built-in rule set: the positive yields exactly one finding, of the
 * expected rule, whose secret is the planted value; the realistic negative next to it yields none.
 * Every positive here was missed before (no finding, or the wrong secret), except `headers["X-Api-Key"] = …`,
 * which the issue lists and the old rule already found.
 */
import { describe, expect, it } from 'vitest';
import { assignmentSyntaxes } from '../../../src/detect/rules/genericSamples.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { labelSyntaxes } from '../../../src/detect/rules/labelledSamples.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';

const r = seededRandom('assignmentSyntax.test');
/** A generated value: base62 with two digits at the end, as real keys nearly always hold one. */
const key = (length = 32): string => r.chars(length - 2, ALPHABET.base62) + r.chars(2, '0123456789');
const b64 = (text: string): string => Buffer.from(text).toString('base64');

const found = (text: string) => scan(text, builtinRules, { inlineAllow: false }).map((f) => [f.ruleId, f.secret]);

describe('generic assignment: the syntaxes of issue #12 point 2', () => {
  const value = key();
  it.each(assignmentSyntaxes('@VALUE@').map((template) => [template] as const))('%j', (template) => {
    expect(found(template.replace('@VALUE@', value))).toEqual([['generic-secret-assignment', value]]);
  });
});

describe('label rules: the same syntaxes around a provider label', () => {
  // Mistral: 32 alphanumerics, only a secret next to its label (mistral.ts).
  const mistral = r.chars(32, ALPHABET.base62);
  // Azure storage account key: 86 base64 characters and `==` (azure-keys.ts).
  const storage = `${r.chars(86, ALPHABET.base64)}==`;
  it.each<readonly [string, string, string]>([
    ...labelSyntaxes('MISTRAL_API_KEY', mistral).map((text) => [text, 'mistral-api-key', mistral] as const),
    [`conn.Add("AccountKey", "${storage}");`, 'azure-storage-account-key', storage],
    [`var settings = new Dictionary<string, string> { { "AccountKey", "${storage}" } };`, 'azure-storage-account-key', storage],
    [`const opts = { "AccountKey", "${storage}" };`, 'azure-storage-account-key', storage],
  ])('%j', (text, ruleId, secret) => {
    expect(found(text)).toEqual([[ruleId, secret]]);
  });
});

describe('command lines, headers and URLs', () => {
  const password = key(24);
  const token = key(40);
  const hex = r.chars(40, '0123456789abcdef');
  const basic = b64(`svc-deploy:${password}`);
  it.each([
    ['curl -u user:pass', `curl -u admin:${password} https://api.acme-corp.io/v1/items`, 'curl-user-password', password],
    ["curl --user 'api:…'", `curl -s --user 'api:${password}' https://api.acme-corp.io/v3/messages`, 'curl-user-password', password],
    ['Authorization: Token', `curl -H "Authorization: Token ${token}" https://api.acme-corp.io/v1`, 'generic-bearer-token', token],
    ['Authorization: Token in a dict', `headers = {"Authorization": "Token ${token}"}`, 'generic-bearer-token', token],
    ['Basic in a JSON-escaped string', String.raw`String body = "{\"Authorization\": \"Basic ${basic}\"}";`, 'basic-auth-header', basic],
    ['Basic as two literals', `conn.setRequestProperty("Authorization", "Basic " + "${basic}");`, 'basic-auth-header', basic],
    ['x-oauth-basic URL', `git clone https://${hex}:x-oauth-basic@github.com/acme/app.git`, 'github-oauth-basic-url', hex],
  ])('%s', (_name, text, ruleId, secret) => {
    expect(found(text)).toEqual([[ruleId, secret]]);
  });

  it.each([
    ['curl -u "$USER:$PASS"', 'curl -u "$USER:$PASS" https://api.acme-corp.io/v1'],
    ['curl with a docs password', 'curl -u elastic:changeme http://localhost:9200/_cluster/health'],
    ['curl --user with a placeholder', "curl --user 'api:YOUR_API_KEY' https://api.acme-corp.io/v3/messages"],
    ['git push -u', 'git push -u origin feature/token-rotation'],
    ['Authorization: Token template', 'curl -H "Authorization: Token $API_TOKEN" https://api.acme-corp.io/v1'],
    ['Authorization: Token placeholder', 'Authorization: Token YOUR_API_TOKEN_HERE'],
    ['Basic of a default', String.raw`String body = "{\"Authorization\": \"Basic ${b64('admin:admin')}\"}";`],
    ['Basic built at run time', 'conn.setRequestProperty("Authorization", "Basic " + encoded);'],
    ['x-oauth-basic template', 'git clone https://${GITHUB_TOKEN}:x-oauth-basic@github.com/acme/app.git'],
    ['x-oauth-basic placeholder', 'git clone https://<token>:x-oauth-basic@github.com/acme/app.git'],
    // Django REST framework's docs example, a public sample (docsSamples.ts); assembled from parts.
    ['the DRF docs token', `Authorization: Token ${'9944b09199c62bcf'}${'9418ad846dd0e4bb'}dfc6ee4b`],
  ])('no finding: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a rejected value does not hide the assignment inside it', () => {
  it('finds the fallback after `process.env.API_KEY`, and nothing for the code before it', () => {
    const value = key();
    expect(found(`const apiKey = process.env.API_KEY || "${value}";`)).toEqual([['generic-secret-assignment', value]]);
    expect(found('const apiKey = process.env.API_KEY || defaultApiKeyFromConfig;')).toEqual([]);
  });
});
