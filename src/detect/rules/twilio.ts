/**
 * Twilio credentials (secret-formats.md §12; gitleaks twilio.go, trufflehog twilio/twilioapikey).
 * The account SID (`AC` + 32 hex) and API key SID (`SK` + 32 hex) are identifiers; the secrets are
 * the auth token (32 hex) and the API key secret (32 alphanumerics), neither with a prefix. They are
 * reported when labelled as such, or passed right after their SID (`Client("AC…", "…")`), with
 * "twilio" nearby — the quickstart's `const authToken = '…'` is followed by `require('twilio')`.
 *
 * An API key is its SID and its secret together (trufflehog twilioapikey, kingfisher twilio.yml's
 * `twilioApiKeySID` / `twilioApiKeySecret` example): a secret label of any shape (`TWILIO_SECRET`,
 * `key_secret:`) within 120 characters after an `SK…` SID is that key's secret (issue 12). The SIDs
 * themselves identify, they do not authenticate: the generic rule leaves them alone (genericShape.ts).
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase, near } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { ALPHABET } from './sampleKit.js';

const HEX = '0123456789abcdef';
const WINDOW = 300;
/** `"AC…", "` or `'SK…', '`: the secret as the argument after its SID. */
const afterSid = (prefix: string): string => `${prefix}[0-9a-f]{32}["']?[ \\t]{0,4},[ \\t]{0,4}["']`;
/** `SK…` then, within 120 characters (the next line or two), a label ending in `secret`. */
const secretAfterKeySid = `SK[0-9a-f]{32}(?![0-9A-Za-z])[\\s\\S]{0,120}?${anyCase('secret')}${ASSIGN}`;
const REVOKE = 'https://console.twilio.com/us1/account/keys-credentials/api-keys';
const USAGE = 'https://console.twilio.com/us1/monitor/logs/debugger';

const authToken = labelledRule({
  id: 'twilio-auth-token',
  provider: 'Twilio',
  description: 'Twilio account auth token',
  keywords: ['twilio'],
  lead: `(?:${anyCase('auth')}[_-]?${anyCase('token')}${ASSIGN}|${afterSid('AC')})`,
  body: '[0-9a-f]{32}',
  after: near('twilio', WINDOW, 32),
  validation: '32 lower-case hex labelled as an auth token (or after an AC… SID) with "twilio" within 300 characters',
  remediation: { revokeUrl: 'https://console.twilio.com/us1/account/keys-credentials/auth-tokens', usageUrl: USAGE, envVar: 'TWILIO_AUTH_TOKEN' },
  sampleSecret: (r) => r.chars(32, HEX),
  contexts: (token, r) => [
    ...labelledContexts('TWILIO_AUTH_TOKEN', 'twilioAuthToken', 'twilio_auth_token', token),
    `const accountSid = 'AC${r.chars(32, HEX)}';\nconst authToken = '${token}';\nconst client = require('twilio')(accountSid, authToken);`,
    `from twilio.rest import Client\nclient = Client("AC${r.chars(32, HEX)}", "${token}")`,
    `twilio:\n  account_sid: AC${r.chars(32, HEX)}\n  auth_token: ${token}\n`,
  ],
  negatives: (token) => [`TWILIO_ACCOUNT_SID=AC${token}`, `twilio: "${token.toUpperCase()}"`],
});

const apiKeySecret = labelledRule({
  id: 'twilio-api-key-secret',
  provider: 'Twilio',
  description: 'Twilio API key secret',
  keywords: ['twilio'],
  lead: `(?:${anyCase('api')}[_-]?(?:${anyCase('key')}[_-]?)?${anyCase('secret')}${ASSIGN}|${afterSid('SK')}|${secretAfterKeySid})`,
  body: '[A-Za-z0-9]{32}',
  after: near('twilio', WINDOW, 32),
  validation: '32 alphanumerics labelled as an API secret, or after an SK… key SID (as the next argument or under a secret label within 120 characters), with "twilio" within 300 characters',
  remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'TWILIO_API_SECRET' },
  sampleSecret: (r) => r.chars(32, ALPHABET.base62),
  contexts: (secret, r) => [
    ...labelledContexts('TWILIO_API_SECRET', 'twilioApiSecret', 'twilio_api_secret', secret),
    `TWILIO_API_KEY_SECRET=${secret}`,
    `const client = twilio('SK${r.chars(32, HEX)}', '${secret}', { accountSid: process.env.TWILIO_ACCOUNT_SID });`,
    // The key SID, then its secret under a label of another shape (issue 12).
    `TWILIO_KEY_SID=SK${r.chars(32, HEX)}\nTWILIO_KEY_SECRET=${secret}`,
    `twilio:\n  key_sid: SK${r.chars(32, HEX)}\n  key_secret: "${secret}"\n`,
    `const twilioApiKeySID = 'SK${r.chars(32, HEX)}'\nconst twilioApiKeySecret = '${secret}'`,
  ],
  negatives: (secret) => [`TWILIO_API_KEY=SK${secret.toLowerCase().replace(/[g-z]/g, 'a')}`],
});

/** How far from an auth token its account SID is looked for (the same config block or call). */
const SID_WINDOW = 400;
const ACCOUNT_SID = /(?<![0-9A-Za-z])AC[0-9a-f]{32}(?![0-9A-Za-z])/g;

/**
 * The account SID nearest the auth token within SID_WINDOW characters: the token only
 * authenticates with it (Basic `AC…:token`, https://www.twilio.com/docs/usage/requests-to-twilio),
 * so `--verify` needs the pair. A SID is an identifier, not a secret.
 */
function nearestAccountSid(text: string, start: number): string | undefined {
  const from = Math.max(0, start - SID_WINDOW);
  const window = text.slice(from, start + 32 + SID_WINDOW);
  let best: { sid: string; distance: number } | undefined;
  for (const match of window.matchAll(ACCOUNT_SID)) {
    const distance = Math.abs(from + match.index - start);
    if (best === undefined || distance < best.distance) best = { sid: match[0], distance };
  }
  return best?.sid;
}

export const twilioRules: readonly Rule[] = [{ ...authToken, partner: nearestAccountSid }, apiKeySecret];
