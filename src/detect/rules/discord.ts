/**
 * Discord bot tokens and webhooks (secret-formats.md §27; osv-scalibr veles/secrets/discordbottoken,
 * kingfisher discord.yml, trufflehog discordbottoken/discordwebhook). A bot token is three base64url
 * segments: the bot's user id (a 17–20-digit snowflake) as base64 of its decimal digits, a 6-char
 * timestamp, and an HMAC (27 characters historically, up to 38 since 2022).
 */
import type { Rule } from '../types.js';
import { CLASS, startBoundary } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, indirections, inContexts, seededRandom, type SampleRandom } from './sampleKit.js';

const ENV_VAR = 'DISCORD_BOT_TOKEN';
const B64 = CLASS.base64url;

/**
 * Base64 of ASCII digits is constrained in every group of 4 characters: '0'–'9' are 0x30–0x39, so
 * the first character is M/N/O, the second D/T/j/z, the third one of ten, the fourth w–z or 0–5.
 * The first group is matched exactly; validate() decodes the whole segment.
 */
const DIGITS_HEAD = '[MNO][DTjz][AEIMQUYcgk][w-z0-5]';
/**
 * The token has no literal part, so the keywords are words that go with it: `DISCORD_TOKEN=`,
 * `{"token": …}`, `bot.run(…)`, `client.login(…)`, `Authorization: Bot …`. Not `discord`: generic
 * rules yield to other rules' keywords in a variable name, and `DISCORD_CLIENT_SECRET` is theirs.
 */
const KEYWORDS = ['token', '.run(', '.login(', 'bot '];

/** The id segment decodes to a 17–20-digit snowflake, written canonically (no leading zero). */
function isBotToken(token: string): boolean {
  const [id = ''] = token.split('.');
  const digits = Buffer.from(id, 'base64url').toString('latin1');
  return /^[1-9][0-9]{16,19}$/.test(digits) && Buffer.from(digits, 'latin1').toString('base64url') === id;
}

function botToken(r: SampleRandom, hmacLength = 38, id = r.chars(1, '123456789') + r.chars(18, '0123456789')): string {
  return `${Buffer.from(id).toString('base64url')}.${r.chars(6, ALPHABET.base64url)}.${r.chars(hmacLength, ALPHABET.base64url)}`;
}

const discordBotToken: Rule = {
  id: 'discord-bot-token',
  provider: 'Discord',
  description: 'Discord bot token',
  keywords: KEYWORDS,
  // 17–20 digits encode to 23–27 characters; the boundary test sits after the 4-character head.
  pattern: new RegExp(`${DIGITS_HEAD}${startBoundary(B64, 4)}${B64}{19,23}\\.${B64}{6}\\.${B64}{27,38}(?!${B64})`, 'g'),
  validate: isBotToken,
  severity: 'block',
  validation: 'three base64url segments; the first decodes to a 17–20-digit user id, the HMAC is 27–38 characters',
  remediation: { revokeUrl: 'https://discord.com/developers/applications', envVar: ENV_VAR },
  samples() {
    const r = seededRandom('discord-bot-token');
    const token = botToken(r);
    const [, timestamp = '', hmac = ''] = token.split('.');
    const notDigits = Buffer.from(`1${r.chars(17, '0123456789')}a`).toString('base64url');
    return {
      positives: [
        ...inContexts(token, ENV_VAR).filter((sample) => sample.includes(ENV_VAR)),
        `{"prefix": "!", "token": "${botToken(r)}"}`,
        `headers = {"Authorization": "Bot ${botToken(r)}"}`,
        `client.run('${botToken(r, 27, r.chars(1, '2345') + r.chars(16, '0123456789'))}')`,
        `client.login("${botToken(r, 38, '9' + r.chars(19, '0123456789'))}");`,
      ],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=YOUR_BOT_TOKEN`,
        // Under a secret-like name these would be generic-secret-assignment findings, rightly.
        `client.run("${notDigits}.${timestamp}.${hmac}")`,
        `client.run("${token.slice(0, -12)}")`,
        `client.run("${token}Q")`,
        `client.run("Q${token}")`,
        `client.run("${Buffer.from('0' + r.chars(18, '0123456789')).toString('base64url')}.${timestamp}.${hmac}")`,
      ],
    };
  },
};

const discordWebhook = prefixedRule({
  id: 'discord-webhook-url',
  provider: 'Discord',
  description: 'Discord webhook URL',
  prefixes: ['discord'],
  keywords: ['discord.com/api/', 'discordapp.com/api/'],
  body: `(?:app)?\\.com/api/(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/${B64}{68}`,
  validation: 'discord(app).com/api/webhooks/ + 17–20-digit id + 68-character base64url token',
  remediation: { revokeUrl: 'https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token', envVar: 'DISCORD_WEBHOOK_URL' },
  sampleBody: (r) => `.com/api/webhooks/1${r.chars(18, '0123456789')}/${r.chars(68, ALPHABET.base64url)}`,
  positives: (url) => [`WEBHOOK = "https://canary.${url}"`, `https://${url.replace('discord.com', 'discordapp.com')}`],
  negatives: () => ['DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>'],
});

export const discordRules: readonly Rule[] = [discordBotToken, discordWebhook];
