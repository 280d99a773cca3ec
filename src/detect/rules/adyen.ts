/**
 * Adyen API keys (https://docs.adyen.com/development-resources/api-credentials#generate-api-key;
 * header `X-API-Key`). Shape seen on all 6 public examples found (find_string `AQEyhmfx`,
 * `ADYEN_API_KEY=AQE`): `AQE` + base64 ending `==` (76 or 96 characters in all), `-`, 43 base64 +
 * `=` (32 bytes), and usually `-i1i` + 16 printable characters. The two base64 segments are
 * required; 5 placeholders seen (`AQE...`, `AQEyhmfxK....LAG8…`) have neither. No checksum.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET, type SampleRandom } from './sampleKit.js';

const B64 = '[A-Za-z0-9+/]';
/** Printable ASCII without quotes, backslash or space: the key's last segment, inside a string. */
const TAIL = String.raw`[!#-&(-\[\]-~]`;
const TAIL_CHARS = `${ALPHABET.base62}!#$%&()*+,.:;<=>?@[]^{|}~`;

const body = (r: SampleRandom, first = 71): string =>
  `${r.chars(first, ALPHABET.base64)}==-${r.chars(43, ALPHABET.base64)}=-i1i${r.chars(16, TAIL_CHARS)}`;

export const adyenRules: readonly Rule[] = [
  prefixedRule({
    id: 'adyen-api-key',
    provider: 'Adyen',
    description: 'Adyen API key',
    prefixes: ['AQE'],
    body: `${B64}{60,100}==-${B64}{43}=(?:-i1i${TAIL}{16})?`,
    boundary: B64,
    keywords: ['aqe'],
    validation: 'AQE + 60–100 base64 + == + - + 43 base64 + = (+ optional -i1i + 16 printable characters)',
    remediation: {
      revokeUrl: 'https://ca-live.adyen.com/ca/ca/config/api_credentials_new.shtml',
      usageUrl: 'https://docs.adyen.com/development-resources/api-credentials',
      envVar: 'ADYEN_API_KEY',
    },
    sampleBody: (r) => body(r),
    fixedLength: false,
    positives: (_key, r) => [`$headers = array("X-API-Key: AQE${body(r, 91)}");`, `config.apiKey = 'AQE${body(r).split('-i1i')[0]}';`],
    negatives: (_key, r) => [
      'ADYEN_API_KEY=AQEyhmfxK....LAG84XwzP5pSpVd',
      `ADYEN_API_KEY=AQE${r.chars(71, ALPHABET.base64)}==`,
      `ADYEN_API_KEY=AQE${r.chars(71, ALPHABET.base64)}==-${r.chars(40, ALPHABET.base64)}=`,
    ],
  }),
];
