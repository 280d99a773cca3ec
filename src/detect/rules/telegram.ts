/**
 * Telegram bot tokens (secret-formats.md §28; noseyparker telegram.yml, trufflehog telegrambottoken):
 * `<bot id, 8–10 digits>:<35 base64url>`, the secret part starting with `AA` in every issued token.
 * The Bot API docs example (`123456:ABC-DEF…`) has neither a long enough id nor the `AA`.
 * No context is required: digits + `:AA` + exactly 33 base64url characters is specific enough.
 */
import type { Rule } from '../types.js';
import { CLASS, startBoundary } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'TELEGRAM_BOT_TOKEN';
const B64 = CLASS.base64url;
/** Neither inside a longer number, word or `a:b:c` run; `…/bot<token>/…` in API URLs is allowed. */
const START = `(?:${startBoundary('[A-Za-z0-9_:-]', 0)}|(?<=bot))`;

export const telegramRules: readonly Rule[] = [
  {
    id: 'telegram-bot-token',
    provider: 'Telegram',
    description: 'Telegram bot token',
    keywords: [':aa'],
    pattern: new RegExp(`${START}[0-9]{8,10}:AA${B64}{33}(?!${B64})`, 'g'),
    severity: 'block',
    validation: '8–10-digit bot id + :AA + 33 base64url characters',
    remediation: { revokeUrl: 'https://t.me/BotFather', envVar: ENV_VAR },
    samples() {
      const r = seededRandom('telegram-bot-token');
      const token = (idLength = 10, secret = 'AA' + r.chars(33, ALPHABET.base64url)): string =>
        r.chars(1, '123456789') + r.chars(idLength - 1, '0123456789') + ':' + secret;
      const good = token();
      return {
        positives: [
          ...inContexts(good, ENV_VAR),
          `requests.get(f"https://api.telegram.org/bot${token(9)}/getMe")`,
          `bot = telebot.TeleBot("${token(8)}")`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=123456:${'ABC-DEF1234ghIkl'}-zyx57W2v1u123ew11`,
          `${ENV_VAR}=${token(10, 'AB' + r.chars(33, ALPHABET.base64url))}`,
          `${ENV_VAR}=${token(7)}`,
          `${ENV_VAR}=${token(11)}`,
          `${ENV_VAR}=${good.slice(0, -1)}`,
          `${ENV_VAR}=${good}Q`,
          `${ENV_VAR}=${token(10, 'AA' + 'x'.repeat(33))}`,
        ],
      };
    },
  },
];
