/** Chat and e-mail providers: each bot's or key's identity call. */
import * as messages from '../../messages.js';
import { basic, get, jsonBody, live, revoked, unknown } from '../interpret.js';
import type { HttpResponse, Verdict, Verifier } from '../types.js';
import { bearerGet, forRules } from './kit.js';

const SLACK = 'slack.com';
/** Slack's errors for a token it does not accept (https://api.slack.com/methods/auth.test#errors). */
const SLACK_INVALID = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission', 'org_login_required']);

/** Slack answers HTTP 200 either way; `ok` and `error` in the body say which. */
function slackReading(response: HttpResponse): Verdict | undefined {
  if (response.status !== 200) return undefined;
  // HTTP 200 either way: an answer without Slack's JSON (a captive portal, a proxy) is no verdict.
  const body = jsonBody(response) as { ok?: unknown; error?: unknown } | undefined;
  if (typeof body !== 'object' || body === null) return unknown(messages.verifyProviderAnswered(SLACK, 'no JSON'));
  if (body.ok === true) return live(messages.verifyAccepted(SLACK, 200));
  const code = typeof body.error === 'string' && /^[a-z_]{1,40}$/.test(body.error) ? body.error : 'error';
  return SLACK_INVALID.has(code) ? revoked(messages.verifyProviderSaid(SLACK, code)) : unknown(messages.verifyProviderAnswered(SLACK, code));
}

const slackAuthTest: Verifier = {
  host: SLACK,
  docs: 'https://api.slack.com/methods/auth.test',
  build: ({ secret }) => ({ method: 'POST', path: '/api/auth.test', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '' }),
  interpret: slackReading,
};

const TELEGRAM = 'api.telegram.org';
/** The token is part of the path (https://core.telegram.org/bots/api#making-requests); 401 and 404 both mean no such bot. */
const telegramGetMe: Verifier = {
  host: TELEGRAM,
  docs: 'https://core.telegram.org/bots/api#getme',
  build: ({ secret }) => get(`/bot${secret}/getMe`, {}),
  interpret: (response) => (response.status === 404 ? revoked(messages.verifyRejected(TELEGRAM, 404)) : undefined),
};

const DISCORD = 'discord.com';
/** `https://discord(app).com/api/webhooks/<id>/<token>`: the id and token of a webhook URL, asked of discord.com whatever host the URL named. */
const WEBHOOK = /\/api\/(?:v\d{1,2}\/)?webhooks\/(\d{1,30})\/([A-Za-z0-9_-]{1,100})/;
const discordWebhook: Verifier = {
  host: DISCORD,
  docs: 'https://discord.com/developers/docs/resources/webhook#get-webhook-with-token',
  // GET reads the webhook's name and channel; it posts nothing. Unknown webhook: 404 (code 10015).
  build: ({ secret }) => {
    const parts = WEBHOOK.exec(secret);
    return parts === null ? unknown(messages.verifyUnsupported('this webhook URL')) : get(`/api/v10/webhooks/${parts[1]}/${parts[2]}`, {});
  },
  interpret: (response) => (response.status === 404 ? revoked(messages.verifyRejected(DISCORD, 404)) : undefined),
  identity: ({ secret }) => WEBHOOK.exec(secret)?.slice(1).join('/') ?? secret,
};

const TWILIO = 'api.twilio.com';
const TWILIO_ACCOUNT = 'https://www.twilio.com/docs/iam/api/account#fetch-an-account-resource';
/** An account SID as the detector pairs it (twilio.ts): also all that goes into the path. */
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;

/**
 * An auth token with the account SID found next to it: fetch that account, Basic `AC…:token`
 * (https://www.twilio.com/docs/usage/requests-to-twilio): 200 live, 401 revoked. Without a SID
 * nothing is asked.
 */
const twilioAuthToken: Verifier = {
  host: TWILIO,
  docs: TWILIO_ACCOUNT,
  build: ({ secret, partner }) =>
    partner === undefined || !ACCOUNT_SID.test(partner) ? unknown(messages.VERIFY_NEEDS_TWILIO_SID) : get(`/2010-04-01/Accounts/${partner}.json`, basic(partner, secret)),
  identity: ({ secret, partner }) => `twilio\0${partner ?? ''}\0${secret}`,
};

/** An API key secret authenticates with its key SID, and a standard key may not read the Account resource: not asked. */
const twilioApiKey: Verifier = { host: TWILIO, docs: TWILIO_ACCOUNT, build: () => unknown(messages.VERIFY_NEEDS_TWILIO_KEY_SID) };

export const messagingVerifiers: Readonly<Record<string, Verifier>> = {
  ...forRules(['slack-bot-token', 'slack-user-token', 'slack-legacy-token', 'slack-legacy-user-token'], slackAuthTest),
  'telegram-bot-token': telegramGetMe,
  'discord-bot-token': {
    host: DISCORD,
    docs: 'https://discord.com/developers/docs/resources/user#get-current-user',
    build: ({ secret }) => get('/api/v10/users/@me', { authorization: `Bot ${secret}` }),
  },
  'discord-webhook-url': discordWebhook,
  'sendgrid-api-key': bearerGet('api.sendgrid.com', '/v3/scopes', 'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access'),
  // Basic auth with user `api`. One account (and key) serves both regions ("Mailgun Regions", docs below): only the US host is asked.
  'mailgun-api-key': {
    host: 'api.mailgun.net',
    docs: 'https://documentation.mailgun.com/docs/mailgun/api-reference',
    build: ({ secret }) => get('/v3/domains?limit=1', basic('api', secret)),
  },
  // Both authenticate only with a SID (Basic SID:secret); the detector pairs an auth token with
  // the account SID next to it (twilio.ts), not an API key secret with its key SID.
  'twilio-auth-token': twilioAuthToken,
  'twilio-api-key-secret': twilioApiKey,
};
