/**
 * ElevenLabs API keys (https://elevenlabs.io/docs/api-reference/authentication: sent in the
 * `xi-api-key` header; trufflehog `elevenlabs/v2`, kingfisher elevenlabs.yml): `sk_` + 48 lower-case
 * hex (51 characters). Checked on 1 public example (ELEVENLABS_API_KEY in a committed .env dump) and
 * 9 placeholders (`sk_...`, `sk_abc123`, `sk_your_key_here`). No checksum.
 *
 * `sk_` opens ordinary identifiers and Stripe's keys (`sk_live_`, `sk_test_`: never hex after `sk_`,
 * so the two never overlap), so the key counts only with ElevenLabs named within 200 characters
 * (`ELEVENLABS_API_KEY`, LiveKit's `ELEVEN_API_KEY`, the `xi-api-key` header).
 *
 * Keys made before 2024 are 32 lower-case hex with no prefix (trufflehog `elevenlabs/v1`): reported
 * only right after an ElevenLabs label.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead, namedNearby } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';
import { prefixedRule } from './prefixedRule.js';

const WORDS = ['eleven', 'xi-api-key', 'xi_api_key'];
const ENV_VAR = 'ELEVENLABS_API_KEY';
const remediation = {
  revokeUrl: 'https://elevenlabs.io/app/settings/api-keys',
  usageUrl: 'https://elevenlabs.io/app/usage',
  envVar: ENV_VAR,
};

export const elevenlabsRules: readonly Rule[] = [
  prefixedRule({
    id: 'elevenlabs-api-key',
    provider: 'ElevenLabs',
    description: 'ElevenLabs API key',
    prefixes: ['sk_'],
    body: '[0-9a-f]{48}',
    ...namedNearby(WORDS, 51),
    validation: 'sk_ + 48 lower-case hex with ElevenLabs (or the xi-api-key header) named within 200 characters',
    remediation,
    sampleBody: (r) => r.chars(48, HEX_LOWER),
    positives: (key) => [
      `curl https://api.elevenlabs.io/v1/voices -H "xi-api-key: ${key}"`,
      `ELEVEN_API_KEY=${key}`,
      `client = ElevenLabs(api_key="${key}")  # elevenlabs`,
    ],
    negatives: (key) => [
      `const voiceCacheId = "${key}";`,
      `ELEVENLABS_VOICE=${key.toUpperCase().replace('SK_', 'sk_')}`,
      `ELEVENLABS_API_KEY=sk_${'0123456789abcdef'.repeat(3)}`,
      'ELEVENLABS_API_KEY=sk_your_key_here',
    ],
  }),
  hexLabelledRule({
    id: 'elevenlabs-legacy-api-key',
    provider: 'ElevenLabs',
    description: 'ElevenLabs API key (legacy 32-hex form)',
    keywords: ['eleven', 'xi-api-key', 'xi_api_key'],
    // ELEVENLABS_API_KEY, ELEVEN_API_KEY, XI_API_KEY and the `xi-api-key` header.
    lead: labelLead([['elevenlabs', 'eleven', 'xi'], ['', 'labs'], ['', 'api'], ['key']]),
    body: '[0-9a-f]{32}',
    validation: '32 lower-case hex right after an ElevenLabs label (ELEVENLABS_API_KEY=…, xi-api-key: …)',
    remediation,
    sampleSecret: (r) => r.chars(32, HEX_LOWER),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'elevenLabsApiKey', 'elevenlabs_api_key', key), `headers = {"xi-api-key": "${key}"}`],
    negatives: (key) => [`ELEVENLABS_VOICE_ID=${key}`, `XI_MODEL=${key}`],
  }),
];
