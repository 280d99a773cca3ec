/**
 * Weaviate Cloud API keys (https://docs.weaviate.io/cloud/manage-clusters/authentication:
 * `WEAVIATE_API_KEY`, sent as a Bearer token). Current keys are 88 base64 characters that decode to
 * a 16-character id + `_` + a 44-character base64 secret + `_v200`, so every key ends in
 * `PV92MjAw` (base64 of `=_v200`). Checked on 4 public examples (all of this shape) and 9
 * placeholders (`your-weaviate-api-key`, `xxxx…`). Older keys (36 alphanumerics, no marker) are not
 * covered: too few examples to tell them from other labelled values. No checksum.
 */
import type { Rule } from '../types.js';
import { startBoundary } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom, type SampleRandom } from './sampleKit.js';

const MARKER = 'PV92MjAw';
const ENV_VAR = 'WEAVIATE_API_KEY';
const B64 = '[A-Za-z0-9+/]';
const DECODED = /^[A-Za-z0-9+/]{16}_[A-Za-z0-9+/]{43}=_v200$/;

/** The decoded key has the id, the padded 32-byte secret and the `_v200` version tag. */
function decodesToKey(key: string): boolean {
  return DECODED.test(Buffer.from(key, 'base64').toString('latin1'));
}

/** A key built the way Weaviate builds it: base64 of `<id>_<base64 of 32 bytes>_v200`. */
function makeKey(r: SampleRandom, id = r.chars(16, ALPHABET.base64)): string {
  const secret = `${r.chars(42, ALPHABET.base64)}${r.chars(1, 'AEIMQUYcgkosw048')}=`;
  return Buffer.from(`${id}_${secret}_v200`, 'latin1').toString('base64');
}

export const weaviateRules: readonly Rule[] = [
  {
    id: 'weaviate-api-key',
    provider: 'Weaviate',
    description: 'Weaviate Cloud API key',
    keywords: [MARKER.toLowerCase()],
    // The start test sits after 8 characters, as in pattern.ts, so an escape (`\n`, `%22`) before the key is a boundary.
    pattern: new RegExp(`${B64}{8}${startBoundary(B64, 8)}${B64}{72}${MARKER}(?![A-Za-z0-9+/=])`, 'g'),
    validate: decodesToKey,
    severity: 'block',
    validation: '88 base64 characters decoding to a 16-character id + _ + base64 of 32 bytes + _v200 (ends in PV92MjAw)',
    remediation: {
      revokeUrl: 'https://console.weaviate.cloud/',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('weaviate-api-key');
      const key = makeKey(r);
      return {
        positives: [
          ...inContexts(key, ENV_VAR),
          `client = weaviate.connect_to_weaviate_cloud(cluster_url=URL, auth_credentials=Auth.api_key("${makeKey(r)}"))`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${'x'.repeat(80)}${MARKER}`,
          `WEAVIATE_CLASS=${Buffer.from(`${r.chars(16, ALPHABET.base62)}-${r.chars(43, ALPHABET.base62)}=_v200`, 'latin1').toString('base64')}`,
          `data=Q${key}`,
        ],
      };
    },
  },
];
