/**
 * HubSpot private app access tokens (https://developers.hubspot.com/docs/api/private-apps):
 * `pat-` + region (`na1`, `eu1`, …) + `-` + lower-case UUID (kingfisher hubspot.yml). Checked on 2
 * public examples of this shape (find_string `pat-na1-`), 8 placeholders (`pat-na1-xxx`,
 * `pat-na1-…`). The legacy hapikey (a bare UUID) was sunset in 2022 and is left out. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { prefixedRule } from './prefixedRule.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const hubspotRules: readonly Rule[] = [
  prefixedRule({
    id: 'hubspot-private-app-token',
    provider: 'HubSpot',
    description: 'HubSpot private app access token',
    prefixes: ['pat-'],
    body: `(?:na|eu|ap)[0-9]-${UUID}`,
    // Not `pat-`: general rules yield to variable names holding a keyword.
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    validation: 'pat- + region (na1, eu1, …) + - + lower-case UUID',
    remediation: {
      revokeUrl: 'https://app.hubspot.com/private-apps/',
      envVar: 'HUBSPOT_ACCESS_TOKEN',
    },
    sampleBody: (r) => `na1-${uuidFrom(r.chars(32, HEX))}`,
    positives: (token) => [`const hubspotClient = new hubspot.Client({ accessToken: "${token.replace('na1', 'eu1')}" })`],
    negatives: () => ["connectorConfig: { api_key: 'pat-na1-xyz' }", "accessToken: 'pat-na1-xxxxxxxx-xxxx'"],
  }),
];
