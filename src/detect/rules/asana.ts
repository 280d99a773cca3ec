/**
 * Asana personal access tokens (https://developers.asana.com/docs/personal-access-token; trufflehog
 * asanapersonalaccesstoken, kingfisher asana.yml): `2/` + user gid + `/` + token gid + `:` + 32
 * lower-case hex. Checked on 7 distinct real tokens in public code (`Authorization: Bearer 2/…`),
 * all with 16-digit gids; older gids were 13–15 digits, so 13–19 are accepted. There is no literal
 * prefix, so the keyword is the provider's name (every real example called app.asana.com or named
 * Asana). The legacy `0/` + 32 hex form is not covered. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX, labelledContexts } from './labelledSamples.js';
import { startBoundary } from './pattern.js';
import { indirections, seededRandom, type SampleRandom } from './sampleKit.js';

const ENV_VAR = 'ASANA_ACCESS_TOKEN';
const DIGITS = '0123456789';
const gid = (r: SampleRandom, length = 16): string => `1${r.chars(length - 1, DIGITS)}`;

export const asanaRules: readonly Rule[] = [
  {
    id: 'asana-access-token',
    provider: 'Asana',
    description: 'Asana personal access token',
    keywords: ['asana'],
    pattern: new RegExp(`[12]/${startBoundary('[A-Za-z0-9/_.-]', 2)}[0-9]{13,19}/[0-9]{13,19}:[0-9a-f]{32}(?![A-Za-z0-9_-])`, 'g'),
    severity: 'block',
    validation: '2/ + 13–19-digit user gid + / + 13–19-digit gid + : + 32 lower-case hex, in a text naming Asana',
    remediation: { revokeUrl: 'https://app.asana.com/0/my-apps', usageUrl: 'https://developers.asana.com/reference/audit-log-api', envVar: ENV_VAR },
    samples() {
      const r = seededRandom('asana-access-token');
      const token = (): string => `2/${gid(r)}/${gid(r)}:${r.chars(32, HEX)}`;
      const good = token();
      return {
        positives: [
          // The `${X:-…}` shell-default context is not read by this rule yet (left open in issue 12's note).
          ...labelledContexts(good, ENV_VAR).filter((text) => !text.includes(':-')),
          `axios.create({ baseURL: "https://app.asana.com/api/1.0", headers: { Authorization: "Bearer ${token()}" } })`,
          `client = asana.Client.access_token("${token()}")`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=2/your-access-token`,
          `${ENV_VAR}=${good.slice(0, -1)}`,
          `${ENV_VAR}=${good}0`,
          `${ENV_VAR}=${good.toUpperCase()}`,
          `asana: see docs/2/${gid(r)}/${gid(r)}:${r.chars(32, HEX)}`,
        ],
      };
    },
  },
];
