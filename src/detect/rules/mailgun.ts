/**
 * Mailgun API keys (secret-formats.md §14; gitleaks mailgun.go, trufflehog mailgun). Legacy
 * private keys are `key-` + 32 lower-case alphanumerics; current account/domain keys and webhook
 * signing keys are 32 hex + `-` + 8 hex + `-` + 8 hex. Both shapes also occur elsewhere (`key-<md5>`
 * cache keys, hex ids), so "mailgun" must appear within 300 characters. The public `pubkey-` keys
 * are left out: they are meant for browsers.
 */
import type { Rule } from '../types.js';
import { notKnownSample } from './docsKeys.js';
import { near } from './labels.js';
import { CLASS, startBoundary } from './pattern.js';
import { seededRandom } from './sampleKit.js';

const ENV_VAR = 'MAILGUN_API_KEY';
const HEX = '0123456789abcdef';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const SHAPES = 'key-[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}';
const LONGEST = 50;

/** Mailgun's docs key (`key-3ax6…`), in every sample of its documentation: SHA-256 prefix. */
const isNotDocsKey = notKnownSample(new Set(['9c846fdf0fa8955c']));

export const mailgunRules: readonly Rule[] = [
  {
    id: 'mailgun-api-key',
    provider: 'Mailgun',
    description: 'Mailgun API key or webhook signing key',
    keywords: ['mailgun'],
    pattern: new RegExp(`${startBoundary(CLASS.base64url, 0)}(?:${SHAPES})(?!${CLASS.base64url})${near('mailgun', 300, LONGEST)}`, 'g'),
    validate: isNotDocsKey,
    severity: 'block',
    validation: 'key- + 32 lower-case alphanumerics, or 32 hex-8 hex-8 hex, with "mailgun" within 300 characters; not the docs key',
    remediation: {
      revokeUrl: 'https://app.mailgun.com/settings/api_security',
      usageUrl: 'https://app.mailgun.com/app/logs',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('mailgun-api-key');
      const legacy = `key-${r.chars(32, BASE36)}`;
      const current = `${r.chars(32, HEX)}-${r.chars(8, HEX)}-${r.chars(8, HEX)}`;
      return {
        positives: [
          `MAILGUN_API_KEY=${legacy}`,
          `MAILGUN_API_KEY="${current}"`,
          `const mg = mailgun.client({ username: 'api', key: '${current}' });`,
          `requests.post("https://api.mailgun.net/v3/mg.example.org/messages",\n    auth=("api", "${legacy}"))`,
          `auth=("api", "${legacy}")\n# sends through Mailgun`,
          `mailgun:\n  signing_key: ${current}\n`,
        ],
        negatives: [
          `MAILGUN_API_KEY=\${MAILGUN_API_KEY}`,
          'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          `MAILGUN_API_KEY=${'key-3ax6xnjp29jd6fds'}${'4gc373sgvjxteol0'}`,
          `MAILGUN_PUBLIC_KEY=pub${legacy}`,
          // Not this rule's shapes; under a secret name the generic rule reports them (generalRules.test.ts).
          `mailgun: ${legacy}0`,
          `mailgun: ${current.toUpperCase()}`,
          `cache.set("${legacy}", value)`,
        ],
      };
    },
  },
];
