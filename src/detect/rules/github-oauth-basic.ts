/**
 * `https://<token>:x-oauth-basic@github.com/…`: GitHub's documented way of putting an OAuth token
 * into a clone URL (docs.github.com, "Git automation with OAuth tokens": the token is the user
 * name, `x-oauth-basic` a fixed password). The URL rules see `x-oauth-basic` as the password; the
 * secret is the user. Prefixed tokens (`ghp_`, `gho_`) are the GitHub rules' (checksum); this rule
 * catches the 40-hex tokens issued before 2021 and any other random value in that place.
 */
import type { Rule } from '../types.js';
import { clearlyGenerated, looksGenerated } from './genericShape.js';
import { ALPHABET, seededRandom } from './sampleKit.js';

export const githubOauthBasicRules: readonly Rule[] = [
  {
    id: 'github-oauth-basic-url',
    provider: 'GitHub',
    description: 'Token as the user name of a URL with the password x-oauth-basic',
    keywords: ['x-oauth-basic'],
    pattern: /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{0,15}:\/\/([A-Za-z0-9_-]{16,255}):x-oauth-basic@/gi,
    secretGroup: 1,
    validate: looksGenerated,
    severityOf: (token) => (clearlyGenerated(token) ? 'block' : 'warn'),
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'random-looking user name (16–255 characters) before :x-oauth-basic@; prefixed GitHub tokens are left to their checksum rules',
    remediation: {
      revokeUrl: 'https://github.com/settings/tokens',
      usageUrl: 'https://github.com/settings/security-log',
      envVar: 'GITHUB_TOKEN',
    },
    samples() {
      const r = seededRandom('github-oauth-basic-url');
      const hex = r.chars(40, '0123456789abcdef');
      return {
        positives: [
          `git clone https://${hex}:x-oauth-basic@github.com/acme/app.git`,
          `url = "https://${r.chars(38, ALPHABET.base62)}42:x-oauth-basic@github.com/acme/infra"`,
        ],
        negatives: [
          'git clone https://${GITHUB_TOKEN}:x-oauth-basic@github.com/acme/app.git',
          'git clone https://<token>:x-oauth-basic@github.com/acme/app.git',
          'git clone https://YOUR_OAUTH_TOKEN_HERE:x-oauth-basic@github.com/acme/app.git',
          `git clone https://${'0'.repeat(40)}:x-oauth-basic@github.com/acme/app.git`,
        ],
      };
    },
  },
];
