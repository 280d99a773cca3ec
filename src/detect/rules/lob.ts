/**
 * Lob API keys (https://docs.lob.com/#section/Authentication): `live_` / `test_` + 35 lower-case hex
 * (gitleaks lob.go); publishable keys `live_pub_` are meant for browsers. `live_` is an ordinary word
 * and "lob" a fragment of "global" and "blob", so only a value right after a Lob key label counts
 * (LOB_API_KEY, lob_live_key, `Lob('…')`), and the keywords are whole label starts (`lob_api`), never
 * `lob` alone. Test keys send nothing: not reported. No public example found by find_string (peers'
 * test data only); no checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { randomHex } from './labelledHex.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { HEX } from './labelledSamples.js';

const ENV_VAR = 'LOB_API_KEY';
/** `LOB_API_KEY`, `lobLiveKey`, `Lob('…')`; the lookbehinds keep `GLOBAL_API_KEY`, `blob_key` out. */
const LEAD = [
  `(?<![A-Za-z0-9])${anyCase('lob')}[_-]?(?:${anyCase('api')}|${anyCase('live')}|${anyCase('secret')})[_-]?${anyCase('key')}${ASSIGN}`,
  `(?<![A-Za-z0-9.])Lob\\([ \\t]{0,4}["']`,
].join('|');

const apiKey = labelledRule({
  id: 'lob-live-api-key',
  provider: 'Lob',
  description: 'Lob live API key',
  keywords: ['lob_api', 'lob-api', 'lobapi', 'lob_live', 'lob-live', 'loblive', 'lob_secret', 'lobsecret', 'lob('],
  lead: `(?:${LEAD})`,
  body: 'live_[0-9a-f]{35}',
  validation: 'live_ + 35 lower-case hex right after a Lob key label',
  remediation: { revokeUrl: 'https://dashboard.lob.com/settings/api-keys', envVar: ENV_VAR },
  sampleSecret: (r) => `live_${r.chars(35, HEX)}`,
  contexts: (key) => [...labelledContexts(ENV_VAR, 'lobApiKey', 'lob_api_key', key), `const lob = Lob('${key}');`],
  negatives: (key) => [`blob_ref = "${key}"`, `LOB_PUBLISHABLE_KEY=live_pub_${key.slice(5, 36)}`],
});

export const lobRules: readonly Rule[] = [{ ...apiKey, validate: randomHex }];
