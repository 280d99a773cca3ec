/**
 * Deepgram API keys (https://developers.deepgram.com/guides/fundamentals/authenticating:
 * `Authorization: Token …`; trufflehog deepgram, kingfisher deepgram.yml): 40 lower-case hex with no
 * prefix, so only a value right after a Deepgram label counts (`DEEPGRAM_API_KEY=`,
 * `DeepgramClient("…")`). Checked on 6 public examples behind a label (all 40 hex) and 14 placeholders
 * (`dg-key`, `deepgram-test-key`, `your_deepgram_api_key`). Peers accept any 40 [0-9a-z].
 * No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';

const ENV_VAR = 'DEEPGRAM_API_KEY';

export const deepgramRules: readonly Rule[] = [
  hexLabelledRule({
    id: 'deepgram-api-key',
    provider: 'Deepgram',
    description: 'Deepgram API key',
    keywords: ['deepgram'],
    lead: `(?:${labelLead([['deepgram'], ['', 'api'], ['key', 'token', 'secret']])}|(?<![A-Za-z0-9])DeepgramClient\\([ \\t]{0,4}(?:api_key=)?["'])`,
    body: '[0-9a-f]{40}',
    validation: '40 lower-case hex right after a Deepgram label (DEEPGRAM_API_KEY=…, DeepgramClient("…"))',
    remediation: {
      revokeUrl: 'https://console.deepgram.com/',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(40, HEX_LOWER),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'deepgramApiKey', 'deepgram_api_key', key), `deepgram = DeepgramClient("${key}")`],
    negatives: (key) => [`DEEPGRAM_PROJECT_ID=${key}`, `commit ${key}`],
  }),
];
