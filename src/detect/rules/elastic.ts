/**
 * Elasticsearch / Elastic Cloud API keys (https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html):
 * the `encoded` credential is base64 of `<id>:<api_key>`, a 20-character id and a 22-character key
 * (60 characters, `==`-padded), sent as `Authorization: ApiKey <encoded>`. The base64 has no prefix,
 * so it counts only right after an Elastic label (`ELASTIC_API_KEY=`, `ES_API_KEY=`,
 * `ELASTICSEARCH_API_KEY=`, `Elasticsearch(…, api_key="…")`) or an `ApiKey` header in a text naming
 * Elastic, and it must decode to id:key. The docs' own sample (id `VuaCfGcBCdbkQm-e5aOx`) is public.
 */
import type { Rule } from '../types.js';
import { labelledContexts } from './labelledSamples.js';
import { ASSIGN, anyCase } from './labels.js';
import { looksRandom } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { indirections, seededRandom, ALPHABET } from './sampleKit.js';

const ENV_VAR = 'ELASTIC_API_KEY';
const ID_KEY = /^([A-Za-z0-9_-]{20}):[A-Za-z0-9_-]{22}$/;
/** The create-API-key docs example: public, in every copy of the Elasticsearch reference. */
const DOCS_ID = 'VuaCfGcBCdbkQm-e5aOx';

function isEncodedKey(encoded: string): boolean {
  const match = ID_KEY.exec(Buffer.from(encoded, 'base64').toString('latin1'));
  return match !== null && match[1] !== DOCS_ID && looksRandom(encoded);
}

const LABEL = [
  `${labelSource([['elastic', 'elasticsearch', 'es', 'kibana'], ['', 'cloud'], ['api'], ['key']])}${ASSIGN}`,
  `${anyCase('authorization')}["']?[:=,][ \\t]{0,4}["']?${anyCase('apikey')} `,
  // Python client: Elasticsearch("https://…", api_key="…") — the call's own argument list.
  // Look-behind after the literal: placed first it ran at every position of the text.
  `api_key(?<=Elasticsearch\\([^()]{0,300}api_key)[ \\t]{0,4}=[ \\t]{0,4}["']`,
].join('|');

export const elasticRules: readonly Rule[] = [
  {
    id: 'elastic-api-key',
    provider: 'Elastic',
    description: 'Elasticsearch / Elastic Cloud API key (base64 id:key)',
    keywords: ['elastic', 'es_api_key', 'es-api-key', 'esapikey', 'kibana'],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:${LABEL})([A-Za-z0-9+/]{58}==)(?![A-Za-z0-9+/=])`, 'g'),
    secretGroup: 1,
    validate: isEncodedKey,
    severity: 'block',
    validation: 'base64 of a 20-character id : 22-character key, after an Elastic API key label or an ApiKey header',
    remediation: {
      revokeUrl: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-invalidate-api-key.html',
      usageUrl: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/enable-audit-logging.html',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('elastic-api-key');
      const encode = (id: string, key: string): string => Buffer.from(`${id}:${key}`).toString('base64');
      const key = (): string => encode(r.chars(20, ALPHABET.base64url), r.chars(22, ALPHABET.base64url));
      const good = key();
      return {
        positives: [
          ...labelledContexts(good, ENV_VAR),
          `ES_API_KEY=${key()}`,
          `client = Elasticsearch("https://acme.es.us-east-1.aws.elastic.cloud:443", api_key="${key()}")`,
          `curl -H "Authorization: ApiKey ${key()}" https://acme.es.us-east-1.aws.elastic.cloud/_search`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${encode(DOCS_ID, 'ui2lp2axTNmsyakw9tvNnw')}`,
          `${ENV_VAR}=${encode(r.chars(19, ALPHABET.base64url), r.chars(23, ALPHABET.base64url)).replace(/=+$/, '')}==`,
          `headers = {"Authorization": "ApiKey ${key()}"}  # talks to an internal gateway`,
          `${ENV_VAR}=${Buffer.from(`${r.chars(43, ALPHABET.base64url)}`).toString('base64')}`,
        ],
      };
    },
  },
];
