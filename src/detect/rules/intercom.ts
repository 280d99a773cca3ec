/**
 * Intercom access tokens (https://developers.intercom.com/docs/build-an-integration/learn-more/
 * authentication): base64 of `tok:` + a UUID written with `_` + `:1:0`, so 60 characters starting
 * `dG9rO` and ending `=`. The rule decodes the token and checks that text exactly. Checked on 5
 * public examples of this shape (find_string `"dG9rO`), all of which decode so; 4 placeholders
 * (`dG9rOjxxxxxxxx…`, `dG9rOnRlc3Q=`) do not. No checksum beyond the structure.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import type { SampleRandom } from './sampleKit.js';

const HEX = '0123456789abcdef';
const B64 = '[A-Za-z0-9+/]';
const DECODED = /^tok:[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}:1:0$/;

function decodesToToken(token: string): boolean {
  return DECODED.test(Buffer.from(token, 'base64').toString('latin1'));
}

const encoded = (r: SampleRandom): string => {
  const id = [8, 4, 4, 4, 12].map((n) => r.chars(n, HEX)).join('_');
  return Buffer.from(`tok:${id}:1:0`, 'latin1').toString('base64');
};

export const intercomRules: readonly Rule[] = [
  prefixedRule({
    id: 'intercom-access-token',
    provider: 'Intercom',
    description: 'Intercom access token',
    prefixes: ['dG9rO'],
    body: `${B64}{54}=`,
    boundary: B64,
    keywords: ['dg9ro'],
    validate: decodesToToken,
    validation: '60 base64 characters decoding to tok:<UUID with _>:1:0',
    remediation: {
      revokeUrl: 'https://app.intercom.com/a/apps/_/developer-hub',
      envVar: 'INTERCOM_ACCESS_TOKEN',
    },
    sampleBody: (r) => encoded(r).slice(5),
    positives: (token) => [`const client = new Intercom.Client({ token: "${token}" });`],
    negatives: () => ['INTERCOM_ACCESS_TOKEN="dG9rOjxxxxxxxx_xxxxxxxx"', 'BEARER = "dG9rOnRlc3Q="'],
  }),
];
