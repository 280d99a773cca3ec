/**
 * Issue 12 point 3, formats of existing providers: each case as text built from parts at run time
 * (never a literal key), with the rule that must report it, and its look-alikes that must stay quiet.
 * Independent of the rules' own samples, so each case fails on a rule set that lacks the format.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';

const r = seededRandom('issue-12-formats');
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const b62 = (n: number): string => r.chars(n, ALPHABET.base62);
const hex = (n: number): string => r.chars(n, HEX);
const digits = (n: number): string => r.chars(n, DIGITS);
const uuid = (): string => [8, 4, 4, 4, 12].map(hex).join('-');
const MARKER = 'T3Blbk' + 'FJ';
/** A base64 value with all three character classes for sure. */
const b64 = (n: number): string => `Aa1${r.chars(n - 3, ALPHABET.base64)}`;

const found = (text: string): [string, string][] =>
  scan(text, builtinRules, { inlineAllow: false }).map((f) => [f.ruleId, f.severity]);

describe('issue 12: formats of existing providers', () => {
  it.each([
    ['OpenAI early project key (56 characters)', `OPENAI_API_KEY=sk-proj-${b62(20)}${MARKER}${b62(20)}`, 'openai-legacy-key', 'block'],
    ['Stripe webhook secret (Dashboard)', `STRIPE_WEBHOOK_SECRET=whsec_${b62(29)}Ab1`, 'stripe-webhook-secret', 'block'],
    ['Stripe webhook secret (stripe listen)', `const endpointSecret = "whsec_${hex(62)}a1";`, 'stripe-webhook-secret', 'warn'],
    ['Standard Webhooks secret', `CLERK_WEBHOOK_SECRET=whsec_${b64(40)}aB9=`, 'webhook-signing-secret', 'block'],
    ['Heroku HRKU- + UUID', `HEROKU_API_KEY=HRKU-${uuid()}`, 'heroku-platform-key', 'block'],
    ['Notion token, letter before the digits', `NOTION_API_KEY = "ntn_T${digits(11)}${b62(30)}aB3x"`, 'notion-integration-token', 'block'],
    ['GitLab runner token with its type', `REGISTRATION_TOKEN="glrt-t3_${b62(18)}a1"`, 'gitlab-runner-token', 'block'],
    ['GitLab runner token, 20 characters', `token = "glrt-${b62(18)}a1"`, 'gitlab-runner-token', 'block'],
    ['Twilio key secret after its SID', `TWILIO_SID=SK${hex(32)}\nTWILIO_SECRET=${b62(29)}aB1`, 'twilio-api-key-secret', 'block'],
    ['Slack xoxs- with a 10-hex secret', `"access_token": "xoxs-${digits(10)}-${digits(10)}-${digits(10)}-${hex(8)}a1"`, 'slack-legacy-user-token', 'block'],
    ['Slack xoxo- with 6-digit ids', `token: xoxo-${digits(6)}-${digits(6)}-${digits(6)}-${hex(16)}a1`, 'slack-legacy-user-token', 'block'],
    ['Hugging Face api_org_', `use_auth_token='api_org_${r.chars(30, 'abcdefghijklmnopqrstuvwxyz')}ABCD'`, 'huggingface-org-api-token', 'block'],
    ['Azure SAS token', `https://acme.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&se=2030-01-01&sig=${encodeURIComponent(`${b64(43)}=`)}`, 'azure-sas-token', 'block'],
    ['Azure container registry key', `"password": "${b64(42)}+ACR${b62(6)}"`, 'azure-container-registry-key', 'block'],
    ['Azure storage key outside AccountKey=', `storage_account_key = "${b64(86)}=="`, 'azure-storage-account-key', 'block'],
    ['Entra refresh token', `"refresh_token": "0.AXEA${b62(47)}.AgABAAEAAAD--DLA${r.chars(297, ALPHABET.base64url)}a1B"`, 'azure-entra-refresh-token', 'block'],
    ['Azure OpenAI key behind its label', `AZURE_OPENAI_KEY=${hex(30)}a1`, 'azure-openai-key', 'block'],
  ])('finds the %s', (_name, text, ruleId, severity) => {
    expect(found(text)).toEqual([[ruleId, severity]]);
  });

  it.each([
    ['the OpenAI SDKs\' webhook test vector', `const secret = 'whsec_${'RdvaYFYUXuIFuEbvZHwMfYFh'}${'Uf7aMYjYcmM24+Aj40c='}';`],
    ['a Twilio API key SID alone', `TWILIO_API_KEY=SK${hex(32)}`],
    ['a Heroku UUID in upper case', `HEROKU_API_KEY=HRKU-${uuid().toUpperCase()}`],
    ['an xoxo word', 'https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg'],
    ['a SAS-like sig without a signed version', `https://example.com/download?id=42&sig=${encodeURIComponent(`${b64(42)}=`)}`],
    ['a refresh token placeholder', '"refresh_token": "0.ARoAv4j5cv..."'],
    ['the Azure OpenAI endpoint', `AZURE_OPENAI_ENDPOINT=https://acme-${hex(6)}.openai.azure.com/`],
    ['a Notion-like token without the digit run', `NOTION_TOKEN=ntn_${r.chars(46, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}`],
  ])('stays quiet on %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
