import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { interpret, isVerdict } from '../../../src/verify/interpret.js';
import { VERIFIERS } from '../../../src/verify/registry.js';
import type { Credential, HttpResponse, RequestShape, Verdict, Verifier } from '../../../src/verify/types.js';
import { randomFrom } from '../../helpers/fakeKeys.js';

/**
 * Each verifier's request (host, path, headers: where the key goes) and its reading of recorded
 * answers, with a synthetic key built at run time (never a real key, never a real request).
 */
const key = () => `test-${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`;

/** Rule id → [host, how the key is sent]. The only hosts keys may go to: a change here is a change of docs/verify.md. */
const EXPECTED: Record<string, readonly [host: string, carrier: 'bearer' | 'header' | 'basic' | 'path' | 'bot' | 'raw' | 'none']> = {
  'openai-project-key': ['api.openai.com', 'bearer'],
  'openai-legacy-key': ['api.openai.com', 'bearer'],
  'openai-service-account-key': ['api.openai.com', 'bearer'],
  'openai-none-key': ['api.openai.com', 'bearer'],
  'openai-admin-key': ['api.openai.com', 'bearer'],
  'anthropic-api-key': ['api.anthropic.com', 'header'],
  'anthropic-admin-key': ['api.anthropic.com', 'header'],
  'google-api-key': ['generativelanguage.googleapis.com', 'header'],
  'groq-api-key': ['api.groq.com', 'bearer'],
  'mistral-api-key': ['api.mistral.ai', 'bearer'],
  'cohere-api-key': ['api.cohere.com', 'bearer'],
  'huggingface-access-token': ['huggingface.co', 'bearer'],
  'huggingface-org-api-token': ['huggingface.co', 'bearer'],
  'replicate-api-token': ['api.replicate.com', 'bearer'],
  'openrouter-api-key': ['openrouter.ai', 'bearer'],
  'xai-api-key': ['api.x.ai', 'bearer'],
  'deepseek-api-key': ['api.deepseek.com', 'bearer'],
  'perplexity-api-key': ['api.perplexity.ai', 'bearer'],
  'github-personal-access-token': ['api.github.com', 'bearer'],
  'github-oauth-token': ['api.github.com', 'bearer'],
  'github-user-to-server-token': ['api.github.com', 'bearer'],
  'github-fine-grained-pat': ['api.github.com', 'bearer'],
  'github-app-installation-token': ['api.github.com', 'bearer'],
  'github-refresh-token': ['api.github.com', 'none'],
  'gitlab-personal-access-token': ['gitlab.com', 'header'],
  'gitlab-routable-token': ['gitlab.com', 'header'],
  'npm-access-token': ['registry.npmjs.org', 'bearer'],
  'slack-bot-token': ['slack.com', 'bearer'],
  'slack-user-token': ['slack.com', 'bearer'],
  'slack-legacy-token': ['slack.com', 'bearer'],
  'slack-legacy-user-token': ['slack.com', 'bearer'],
  'telegram-bot-token': ['api.telegram.org', 'path'],
  'discord-bot-token': ['discord.com', 'bot'],
  'discord-webhook-url': ['discord.com', 'path'],
  'sendgrid-api-key': ['api.sendgrid.com', 'bearer'],
  'mailgun-api-key': ['api.mailgun.net', 'basic'],
  'twilio-auth-token': ['api.twilio.com', 'none'],
  'twilio-api-key-secret': ['api.twilio.com', 'none'],
  'stripe-live-secret-key': ['api.stripe.com', 'bearer'],
  'stripe-live-restricted-key': ['api.stripe.com', 'bearer'],
  'stripe-test-key': ['api.stripe.com', 'bearer'],
  'stripe-webhook-secret': ['api.stripe.com', 'none'],
  'linear-api-key': ['api.linear.app', 'raw'],
  'linear-oauth-token': ['api.linear.app', 'bearer'],
  'notion-integration-token': ['api.notion.com', 'bearer'],
  'notion-legacy-integration-token': ['api.notion.com', 'bearer'],
  'digitalocean-personal-access-token': ['api.digitalocean.com', 'bearer'],
  'digitalocean-oauth-token': ['api.digitalocean.com', 'bearer'],
  'heroku-platform-key': ['api.heroku.com', 'bearer'],
  'heroku-api-key': ['api.heroku.com', 'bearer'],
  'vercel-token': ['api.vercel.com', 'bearer'],
  'vercel-legacy-token': ['api.vercel.com', 'bearer'],
  'netlify-access-token': ['api.netlify.com', 'bearer'],
  'azure-storage-account-key': ['blob.core.windows.net', 'none'],
  'aws-access-key-id': ['sts.amazonaws.com', 'none'],
  'aws-secret-access-key': ['sts.amazonaws.com', 'none'],
};

/** A key in the shape its verifier reads (GitLab's prefix, a Discord webhook URL); else a plain synthetic key. */
function keyFor(ruleId: string): string {
  if (ruleId === 'gitlab-routable-token' || ruleId === 'gitlab-personal-access-token') return `glpat-${key()}`;
  if (ruleId === 'discord-webhook-url') return `discord.com/api/webhooks/${randomFrom('0123456789', 18)}/${key()}`;
  return key();
}

function build(verifier: Verifier, credential: Credential): RequestShape {
  const shape = verifier.build(credential);
  if (isVerdict(shape)) throw new Error(`no request: ${shape.detail}`);
  return shape;
}

const respond = (status: number, body = ''): HttpResponse => ({ status, body });

describe('verifier registry', () => {
  it('covers every rule the issue names, and only built-in rule ids', () => {
    const ids = new Set(builtinRules.map((r) => r.id));
    for (const id of VERIFIERS.keys()) expect(ids.has(id), id).toBe(true);
    expect([...VERIFIERS.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('cites an HTTPS documentation page for each verifier and uses a bare host name', () => {
    for (const [id, verifier] of VERIFIERS) {
      expect(verifier.docs, id).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      expect(verifier.host, id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });
});

describe.each(Object.entries(EXPECTED).filter(([, [, carrier]]) => carrier !== 'none'))('%s', (ruleId, [host, carrier]) => {
  const verifier = VERIFIERS.get(ruleId)!;

  it(`sends the key to ${host} only, in the ${carrier} position`, () => {
    const secret = keyFor(ruleId);
    const shape = build(verifier, { secret });
    expect(verifier.host).toBe(host);
    expect(shape.path.startsWith('/')).toBe(true);
    expect(shape.path).not.toMatch(/^\/\/|[\s#]/);
    const carriers = Object.entries(shape.headers).filter(([, value]) => value.includes(secret) || value.includes(Buffer.from(`api:${secret}`).toString('base64')));
    const inPath = shape.path.includes(secret.replace(/^.*\/webhooks\/\d+\//, ''));
    expect(shape.body ?? '').not.toContain(secret);
    if (carrier === 'path') {
      expect(inPath).toBe(true);
      expect(carriers).toEqual([]);
      return;
    }
    expect(inPath).toBe(false);
    expect(carriers.length).toBe(1);
    const [name, value] = carriers[0]!;
    if (carrier === 'bearer') expect([name, value]).toEqual(['authorization', `Bearer ${secret}`]);
    if (carrier === 'bot') expect([name, value]).toEqual(['authorization', `Bot ${secret}`]);
    if (carrier === 'raw') expect([name, value]).toEqual(['authorization', secret]);
    if (carrier === 'basic') expect([name, value]).toEqual(['authorization', `Basic ${Buffer.from(`api:${secret}`).toString('base64')}`]);
    if (carrier === 'header') expect(name).not.toBe('authorization');
  });

  it('reads 401 as revoked, 429, 5xx and redirects as unknown, 200 as live', () => {
    expect(interpret(verifier, respond(401)).status).toBe('revoked');
    for (const status of [301, 302, 429, 500, 503]) expect(interpret(verifier, respond(status)).status, String(status)).toBe('unknown');
    const ok = ruleId.startsWith('slack-') ? respond(200, '{"ok":true,"user_id":"U1"}') : respond(200, '{}');
    expect(interpret(verifier, ok)).toEqual({ status: 'live', detail: `${host} accepted the key (HTTP 200)` });
  });
});

/** Provider answers whose meaning is in the body or in a status other than 401 (recorded shapes from each provider's docs). */
const RECORDED: readonly [ruleId: string, response: HttpResponse, expected: Verdict['status']][] = [
  ['slack-bot-token', respond(200, '{"ok":false,"error":"invalid_auth"}'), 'revoked'],
  ['slack-bot-token', respond(200, '{"ok":false,"error":"token_revoked"}'), 'revoked'],
  ['slack-bot-token', respond(200, '{"ok":false,"error":"ratelimited"}'), 'unknown'],
  ['slack-bot-token', respond(200, '<html>proxy</html>'), 'unknown'],
  ['slack-bot-token', respond(200, '{"ok":true}'), 'live'],
  ['google-api-key', respond(400, '{"error":{"code":400,"status":"INVALID_ARGUMENT","details":[{"reason":"API_KEY_INVALID"}]}}'), 'revoked'],
  ['google-api-key', respond(403, '{"error":{"code":403,"status":"PERMISSION_DENIED"}}'), 'unknown'],
  ['google-api-key', respond(400, '{"error":{"code":400,"status":"FAILED_PRECONDITION"}}'), 'unknown'],
  ['xai-api-key', respond(400, '{"code":"Client specified an invalid argument","error":"Incorrect API key provided"}'), 'revoked'],
  ['xai-api-key', respond(200, '{"api_key_blocked":false,"api_key_disabled":true,"team_blocked":false}'), 'revoked'],
  ['xai-api-key', respond(200, '{"api_key_blocked":false,"api_key_disabled":false,"team_blocked":false}'), 'live'],
  ['stripe-live-restricted-key', respond(403, '{"error":{"type":"invalid_request_error","code":"secret_key_required"}}'), 'live'],
  ['vercel-token', respond(403, '{"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}'), 'revoked'],
  ['vercel-token', respond(403, '{"error":{"code":"forbidden","message":"Not authorized"}}'), 'unknown'],
  ['github-personal-access-token', respond(403, '{"message":"API rate limit exceeded"}'), 'unknown'],
  ['telegram-bot-token', respond(404, '{"ok":false,"error_code":404,"description":"Not Found"}'), 'revoked'],
  ['discord-webhook-url', respond(404, '{"message":"Unknown Webhook","code":10015}'), 'revoked'],
  ['linear-api-key', respond(400, '{"errors":[{"message":"Authentication required","extensions":{"code":"AUTHENTICATION_ERROR"}}]}'), 'revoked'],
  ['linear-api-key', respond(200, '{"data":{"viewer":{"id":"u1"}}}'), 'live'],
  ['aws-access-key-id', respond(403, '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code></Error></ErrorResponse>'), 'revoked'],
  ['aws-access-key-id', respond(403, '<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code></Error></ErrorResponse>'), 'unknown'],
  ['aws-secret-access-key', respond(200, '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::1:user/ci</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>'), 'live'],
  ['gitlab-personal-access-token', respond(401, '{"message":"401 Unauthorized"}'), 'revoked'],
];

describe('recorded provider answers', () => {
  it.each(RECORDED)('%s: %j → %s', (ruleId, response, expected) => {
    expect(interpret(VERIFIERS.get(ruleId)!, response).status).toBe(expected);
  });

  it('says why a GitLab 401 may only mean "not a gitlab.com token"', () => {
    expect(interpret(VERIFIERS.get('gitlab-personal-access-token')!, respond(401)).detail).toContain('only gitlab.com is asked');
  });
});

describe('Twilio: an auth token with the account SID the detector found next to it', () => {
  const verifier = VERIFIERS.get('twilio-auth-token')!;
  const sid = `AC${randomFrom('0123456789abcdef', 32)}`;

  it('fetches that account with Basic SID:token, and reads 200 as live, 401 as revoked', () => {
    const secret = randomFrom('0123456789abcdef', 32);
    const shape = verifier.build({ secret, partner: sid }) as RequestShape;
    expect(isVerdict(shape)).toBe(false);
    expect([verifier.host, shape.method, shape.path]).toEqual(['api.twilio.com', 'GET', `/2010-04-01/Accounts/${sid}.json`]);
    expect(shape.headers.authorization).toBe(`Basic ${Buffer.from(`${sid}:${secret}`).toString('base64')}`);
    expect(JSON.stringify(shape)).not.toContain(secret);
    expect(interpret(verifier, respond(200, '{"sid":"x","status":"active"}')).status).toBe('live');
    expect(interpret(verifier, respond(401, '{"code":20003,"message":"Authenticate"}')).status).toBe('revoked');
  });

  it('asks nothing without a SID, or with a partner that is not exactly one', () => {
    for (const partner of [undefined, `${sid}/../x`, 'AC123', sid.toUpperCase()]) {
      const shape = verifier.build({ secret: key(), ...(partner === undefined ? {} : { partner }) });
      expect(isVerdict(shape) && shape.status, String(partner)).toBe('unknown');
    }
  });
});

describe('verifiers that cannot ask', () => {
  it.each([
    ['twilio-auth-token', {}],
    ['twilio-api-key-secret', {}],
    ['azure-storage-account-key', {}],
    ['github-refresh-token', {}],
    ['stripe-webhook-secret', {}],
    ['aws-access-key-id', {}],
    ['aws-secret-access-key', {}],
  ])('%s without its pair or API answers unknown, with no request', (ruleId) => {
    const shape = VERIFIERS.get(ruleId)!.build({ secret: key() });
    expect(isVerdict(shape) && shape.status).toBe('unknown');
  });

  it('GitLab: a routable token of another kind (runner, deploy) is not sent', () => {
    const shape = VERIFIERS.get('gitlab-routable-token')!.build({ secret: `glrt-${key()}` });
    expect(isVerdict(shape) && shape.status).toBe('unknown');
  });

  it('AWS: temporary ASIA credentials need a session token keyguard does not pair', () => {
    const shape = VERIFIERS.get('aws-access-key-id')!.build({ secret: `ASIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, partner: key() });
    expect(isVerdict(shape) && shape.detail).toMatch(/session token/);
  });
});

describe('AWS STS GetCallerIdentity', () => {
  const id = `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const secret = randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);

  it.each([
    ['aws-access-key-id', { secret: id, partner: secret }],
    ['aws-secret-access-key', { secret, partner: id }],
  ])('%s: a SigV4-signed POST whose only trace of the secret is the signature', (ruleId, credential) => {
    const verifier = VERIFIERS.get(ruleId)!;
    const shape = build(verifier, credential);
    expect(verifier.host).toBe('sts.amazonaws.com');
    expect([shape.method, shape.path, shape.body]).toEqual(['POST', '/', 'Action=GetCallerIdentity&Version=2011-06-15']);
    expect(shape.headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${id}/\\d{8}/us-east-1/sts/aws4_request, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$`));
    expect(shape.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(JSON.stringify(shape)).not.toContain(secret);
    expect(Object.keys(shape.headers)).not.toContain('host');
  });

  it('asks once for a pair found from either half', () => {
    const [a, b] = [VERIFIERS.get('aws-access-key-id')!, VERIFIERS.get('aws-secret-access-key')!];
    expect(a.identity!({ secret: id, partner: secret })).toBe(b.identity!({ secret, partner: id }));
  });
});

describe('docs/verify.md', () => {
  it('names every verifier\'s rule and host (what leaves the machine is documented)', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/verify.md'), 'utf8');
    for (const [id, verifier] of VERIFIERS) {
      expect(doc, id).toContain(`\`${id}\``);
      const sends = !isVerdict(verifier.build({ secret: keyFor(id), partner: id.startsWith('aws-') ? 'AKIA' : undefined }));
      if (sends) expect(doc, id).toContain(`https://${verifier.host}`);
      expect(doc, id).toContain(verifier.docs);
    }
  });
});
