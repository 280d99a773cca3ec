/**
 * LaunchDarkly keys (https://docs.launchdarkly.com/home/account/api-create,
 * https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys; trufflehog launchdarkly):
 * API access tokens `api-` and server-side SDK keys `sdk-`, each + a version-4 UUID. `api-` and
 * `sdk-` + a UUID also name ordinary things (resource ids, request ids), so a key is only reported
 * with "launchdarkly" within 300 characters (`LAUNCHDARKLY_SDK_KEY=…`, `LDClient`'s package). Mobile
 * keys (`mob-`) and client-side ids ship in apps by design and are left out. Checked on 10 public
 * `LAUNCHDARKLY_SDK_KEY=sdk-` hits: placeholders only (`sdk-xxxx…`), none of which matches.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { near } from './labels.js';
import { prefixedRule } from './prefixedRule.js';

const UUID4 = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const uuid4 = (hex: string): string => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;

export const launchdarklyRules: readonly Rule[] = [
  prefixedRule({
    id: 'launchdarkly-key',
    provider: 'LaunchDarkly',
    description: 'LaunchDarkly API access token or server-side SDK key',
    prefixes: ['sdk-', 'api-'],
    keywords: ['launchdarkly'],
    body: UUID4,
    end: `(?![A-Za-z0-9_-])${near('launchdarkly', 300, 40)}`,
    needsContext: true,
    validation: 'sdk-/api- + version-4 UUID with "launchdarkly" within 300 characters',
    remediation: {
      revokeUrl: 'https://app.launchdarkly.com/settings/authorization',
      envVar: 'LAUNCHDARKLY_SDK_KEY',
    },
    sampleBody: (r) => uuid4(r.chars(32, HEX)),
    positives: (key, r) => [`import * as ld from '@launchdarkly/node-server-sdk';\nconst client = ld.init('${key}');`, `LAUNCHDARKLY_API_TOKEN=api-${uuid4(r.chars(32, HEX))}`],
    negatives: (key, r) => [
      `request_id = "${key}"`,
      `LAUNCHDARKLY_MOBILE_KEY=mob-${uuid4(r.chars(32, HEX))}`,
      // A version-1 UUID is no LaunchDarkly key.
      `# launchdarkly\nresource = "api-${r.chars(8, HEX)}-${r.chars(4, HEX)}-1${r.chars(3, HEX)}-a${r.chars(3, HEX)}-${r.chars(12, HEX)}"`,
    ],
  }),
];
