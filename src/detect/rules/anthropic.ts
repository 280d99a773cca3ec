/**
 * Anthropic API keys (secret-formats.md §2; gitleaks anthropic.go, trufflehog anthropic).
 * `sk-ant-<kind><2 digits>-` + 95 base64url characters ending in `AA`: the 95 characters encode 71
 * bytes, so the last one carries only zero padding bits. The version digits (`api03`, `admin01`)
 * may change, so any two digits are accepted. No checksum is published.
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'ANTHROPIC_API_KEY';

interface Kind {
  readonly id: string;
  /** The word before the version digits: `api`, `admin`. */
  readonly word: string;
  /** Version seen in real keys, used for samples. */
  readonly version: string;
  readonly description: string;
  readonly revokeUrl: string;
}

function anthropicKey(kind: Kind): Rule {
  return {
    id: kind.id,
    provider: 'Anthropic',
    description: kind.description,
    keywords: ['sk-ant-'],
    ...tokenFields({
      prefixes: ['sk-ant-'],
      body: `${kind.word}[0-9]{2}-${CLASS.base64url}{93}AA`,
      boundary: CLASS.base64url,
    }),
    severity: 'block',
    validation: `sk-ant-${kind.word}NN- + 95 base64url characters ending in AA`,
    remediation: { revokeUrl: kind.revokeUrl, usageUrl: 'https://console.anthropic.com/usage', envVar: ENV_VAR },
    samples() {
      const r = seededRandom(kind.id);
      const prefix = `sk-ant-${kind.word}${kind.version}-`;
      const key = (length = 93, end = 'AA'): string => prefix + r.chars(length, ALPHABET.base64url) + end;
      const nextVersion = `sk-ant-${kind.word}99-${r.chars(93, ALPHABET.base64url)}AA`;
      return {
        positives: [...inContexts(key(), ENV_VAR), `key: ${nextVersion}`],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=sk-ant-...`,
          `${ENV_VAR}=${prefix}...`,
          `${ENV_VAR}=${prefix}${'x'.repeat(93)}AA`,
          `${ENV_VAR}=${key(93, 'Ab')}`,
          `${ENV_VAR}=${key(92)}`,
          `${ENV_VAR}=${key(94)}`,
          `blob=Z${key()}`,
        ],
      };
    },
  };
}

export const anthropicRules: readonly Rule[] = [
  anthropicKey({
    id: 'anthropic-api-key',
    word: 'api',
    version: '03',
    description: 'Anthropic API key',
    revokeUrl: 'https://console.anthropic.com/settings/keys',
  }),
  anthropicKey({
    id: 'anthropic-admin-key',
    word: 'admin',
    version: '01',
    description: 'Anthropic Admin API key',
    revokeUrl: 'https://console.anthropic.com/settings/admin-keys',
  }),
];
