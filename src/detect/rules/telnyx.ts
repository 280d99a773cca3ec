/**
 * Telnyx API v2 keys (https://developers.telnyx.com/docs/development/authentication): `KEY` + 32
 * upper-case hex (a time-ordered id: every example starts `01`) + `_` + 22 alphanumerics, 58 in all
 * (kingfisher telnyx.yml: `KEY` + 55). The literal starts `KEY01`, so keyword and prefix stay
 * specific (`key` alone would be every variable name). Checked on 3 public examples of this shape
 * (find_string `TELNYX_API_KEY=KEY`, one truncated), 7 placeholders (`KEY_xxx`, `KEYXXX`). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const UPPER_HEX = '0123456789ABCDEF';

export const telnyxRules: readonly Rule[] = [
  prefixedRule({
    id: 'telnyx-api-key',
    provider: 'Telnyx',
    description: 'Telnyx API v2 key',
    prefixes: ['KEY01'],
    body: `[0-9A-F]{30}_${CLASS.base62}{22}`,
    boundary: CLASS.word,
    validation: 'KEY + 32 upper-case hex (starting 01) + _ + 22 alphanumerics (58 in all)',
    remediation: {
      revokeUrl: 'https://portal.telnyx.com/#/app/api-keys',
      envVar: 'TELNYX_API_KEY',
    },
    sampleBody: (r) => `${r.chars(2, '89ABC')}${r.chars(28, UPPER_HEX)}_${r.chars(22, ALPHABET.base62)}`,
    positives: (key) => [`const telnyx = Telnyx('${key}');`],
    negatives: () => ['TELNYX_API_KEY=KEY_xxx', 'TELNYX_API_KEY=KEY12345abcdef'],
  }),
];
