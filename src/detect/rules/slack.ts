/**
 * Slack tokens and webhooks (secret-formats.md §10; https://api.slack.com/authentication/token-types,
 * gitleaks slack.go, trufflehog slack/slackwebhook). No checksum: the structure of digit-group ids
 * plus a random tail is the check. The whole webhook URL is the secret.
 */
import type { Rule } from '../types.js';
import { prefixedRule, type PrefixedSpec } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Workspace, user and bot ids: 10–13 digits today; 8–14 leaves room for old and future ones. */
const ID = '[0-9]{8,14}';
const ENV_VAR = 'SLACK_BOT_TOKEN';
const REMEDIATION = {
  revokeUrl: 'https://api.slack.com/apps',
  usageUrl: 'https://api.slack.com/methods/team.accessLogs',
  envVar: ENV_VAR,
};

const id = (r: SampleRandom): string => r.chars(1, '123456789') + r.chars(11, DIGITS);

type SlackSpec = Omit<PrefixedSpec, 'provider' | 'remediation'> & { readonly envVar?: string };

function slackRule(spec: SlackSpec): Rule {
  return prefixedRule({ ...spec, provider: 'Slack', remediation: { ...REMEDIATION, envVar: spec.envVar ?? ENV_VAR } });
}

export const slackRules: readonly Rule[] = [
  slackRule({
    id: 'slack-bot-token',
    description: 'Slack bot token',
    prefixes: ['xoxb-'],
    // Older bot tokens have a single id group before the secret.
    body: `${ID}-(?:${ID}-)?[A-Za-z0-9]{24}`,
    validation: 'xoxb- + one or two 8–14-digit ids + 24 base62 characters',
    sampleBody: (r) => `${id(r)}-${id(r)}-${r.chars(24, ALPHABET.base62)}`,
    positives: (token) => [`app = App(token="${token}")`],
    negatives: (token) => [`${ENV_VAR}=xoxb-your-token`, `${ENV_VAR}=xoxb-${'1'.repeat(12)}-${'X'.repeat(24)}`, `t=${token.replace(/-[0-9]+-/, '-12a-')}`],
  }),
  slackRule({
    id: 'slack-user-token',
    description: 'Slack user token',
    prefixes: ['xoxp-'],
    body: `${ID}-${ID}-${ID}-[A-Za-z0-9]{28,34}`,
    validation: 'xoxp- + three 8–14-digit ids + 28–34 alphanumerics (32 hex today)',
    envVar: 'SLACK_USER_TOKEN',
    sampleBody: (r) => `${id(r)}-${id(r)}-${id(r)}-${r.chars(32, HEX)}`,
    fixedLength: false,
  }),
  slackRule({
    id: 'slack-app-token',
    description: 'Slack app-level token',
    prefixes: ['xapp-'],
    body: `[0-9]-A[A-Z0-9]{8,12}-[0-9]{10,14}-[0-9a-fA-F]{64}`,
    validation: 'xapp-<version>- + app id (A…) + 10–14 digits + 64 hex',
    envVar: 'SLACK_APP_TOKEN',
    sampleBody: (r) => `1-A${r.chars(10, UPPER_ALNUM)}-${r.chars(13, DIGITS)}-${r.chars(64, HEX)}`,
  }),
  slackRule({
    id: 'slack-config-token',
    description: 'Slack rotating access or configuration token (xoxe)',
    prefixes: ['xoxe'],
    // Access `xoxe.xoxb-1-…` / `xoxe.xoxp-1-…` (163–166 after the version), refresh `xoxe-1-…` (146).
    body: `(?:\\.xox[bp])?-[0-9]-[A-Za-z0-9]{140,180}`,
    validation: 'xoxe.xoxb-/xoxe.xoxp-/xoxe- + version digit + 140–180 alphanumerics',
    sampleBody: (r) => `.xoxb-1-${r.chars(164, ALPHABET.base62)}`,
    fixedLength: false,
    positives: (token, r) => [`SLACK_REFRESH_TOKEN=xoxe-1-${r.chars(146, ALPHABET.base62)}`, `token: ${token}`],
  }),
  slackRule({
    id: 'slack-legacy-token',
    description: 'Slack legacy workspace or refresh token (xoxa, xoxr)',
    prefixes: ['xoxa-', 'xoxr-'],
    // `xoxa-2-…` (gitleaks slack.go); the id groups keep words out.
    body: `(?:[0-9]-)?${ID}-${ID}(?:-${ID})?-[A-Za-z0-9]{16,64}`,
    validation: 'xoxa-/xoxr- + two or three 8–14-digit ids + 16–64 alphanumerics',
    sampleBody: (r) => `${id(r)}-${id(r)}-${id(r)}-${r.chars(64, HEX)}`,
    fixedLength: false,
    positives: (token) => [`legacy_token = '${token.replace('xoxa-', 'xoxr-')}'`, `token=xoxa-2-${token.slice(5)}`],
  }),
  /**
   * Legacy user and session tokens (issue 12): `xoxs-`/`xoxo-` + three ids + a hex secret of 10–64
   * characters, ids of 6–14 digits (gitleaks slack.go `xox[os]-\d+-\d+-\d+-[a-fA-F\d]+` and its 7
   * public fixtures: 10-hex secrets, ids of 6–12 digits, which the rule above missed). Three digit
   * groups keep words such as `xoxo-hugs-2024` out; the secret must mix digits and letters.
   */
  slackRule({
    id: 'slack-legacy-user-token',
    description: 'Slack legacy user or session token (xoxs, xoxo)',
    prefixes: ['xoxs-', 'xoxo-'],
    body: '[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[0-9a-fA-F]{10,64}',
    validate: (token) => classCount(token.slice(token.lastIndexOf('-') + 1)) >= 2,
    validation: 'xoxs-/xoxo- + three 6–14-digit ids + 10–64 hex mixing digits and letters',
    envVar: 'SLACK_USER_TOKEN',
    sampleBody: (r) => `${id(r)}-${r.chars(9, DIGITS)}-${id(r)}-${r.chars(64, HEX)}`,
    fixedLength: false,
    positives: (_token, r) => [
      `"access_token": "xoxs-${r.chars(10, DIGITS)}-${r.chars(10, DIGITS)}-${r.chars(10, DIGITS)}-${r.chars(9, 'abcdef')}7"`,
      `token = 'xoxo-${r.chars(6, DIGITS)}-${r.chars(6, DIGITS)}-${r.chars(6, DIGITS)}-${r.chars(17, HEX)}a9'`,
    ],
    negatives: () => ['https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg', 'SLACK_USER_TOKEN=xoxs-123456-123456-123456-1234567890', 'xoxo-hugs-2024'],
  }),
  slackRule({
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook or workflow trigger URL',
    prefixes: ['hooks.slack.com/'],
    body: `(?:${[
      'services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}',
      'workflows/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{15,20}/[A-Za-z0-9]{24,32}',
      'triggers/T[A-Z0-9]{8,12}/[0-9]{10,20}/[0-9a-f]{32}',
    ].join('|')})`,
    validation: 'hooks.slack.com/services|workflows|triggers/ + team id (T…) + ids + secret',
    envVar: 'SLACK_WEBHOOK_URL',
    sampleBody: (r) => `services/T${r.chars(10, UPPER_ALNUM)}/B${r.chars(10, UPPER_ALNUM)}/${r.chars(24, ALPHABET.base62)}`,
    positives: (url, r) => [
      `curl -X POST -d '{"text":"hi"}' https://${url}`,
      `url: https://hooks.slack.com/workflows/T${r.chars(10, UPPER_ALNUM)}/A${r.chars(10, UPPER_ALNUM)}/${r.chars(18, DIGITS)}/${r.chars(24, ALPHABET.base62)}`,
    ],
    negatives: () => [
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${'0'.repeat(8)}/B${'0'.repeat(8)}/${'X'.repeat(24)}`,
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T000/B000/XXX',
    ],
  }),
];
