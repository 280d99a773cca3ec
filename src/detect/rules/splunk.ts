/**
 * Splunk HTTP Event Collector tokens (https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector;
 * kingfisher splunk.yml covers Observability tokens only): a UUID (upper or lower case), so only
 * after Splunk's own `Splunk` authorization scheme (`Authorization: Splunk <token>`) or right after
 * a Splunk token label (`SPLUNK_HEC_TOKEN`, `splunk_token`). Checked on 10 public
 * `Authorization: Splunk ` hits: 1 real token (an upper-case UUID), 3 placeholders, 6 indirections.
 */
import type { Rule } from '../types.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelSource } from './labelWords.js';
import { labelledContexts } from './labelledRule.js';
import { hexRule } from './hexRandom.js';

const ENV_VAR = 'SPLUNK_HEC_TOKEN';
const HEX_ANY = '[0-9a-fA-F]';
const UUID = `${HEX_ANY}{8}-${HEX_ANY}{4}-${HEX_ANY}{4}-${HEX_ANY}{4}-${HEX_ANY}{12}`;

export const splunkRules: readonly Rule[] = [
  hexRule({
    id: 'splunk-hec-token',
    provider: 'Splunk',
    description: 'Splunk HTTP Event Collector token',
    keywords: ['splunk'],
    lead: `(?:${labelSource([['splunk'], ['', 'hec', 'http_event_collector'], ['token', 'key']])}${ASSIGN}|(?<![A-Za-z0-9_-])Splunk[ \\t]{1,4})`,
    body: UUID,
    validation: 'UUID after the Splunk authorization scheme or a Splunk HEC token label',
    remediation: {
      revokeUrl: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
      usageUrl: 'https://docs.splunk.com/Documentation/Splunk/latest/Security/AuditSplunkactivity',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => uuidFrom(r.chars(32, HEX)).toUpperCase(),
    contexts: (token) => [
      ...labelledContexts(ENV_VAR, 'splunkHecToken', 'splunk_hec_token', token),
      `curl -k https://splunk.example.net:8088/services/collector -H "Authorization: Splunk ${token}"`,
    ],
    negatives: (token) => [`SPLUNK_INDEX_ID=${token}`, 'Authorization: Splunk ${SPLUNK_HEC_TOKEN}'],
  }),
];
