/**
 * AssemblyAI API keys (https://www.assemblyai.com/docs/api-reference/overview#authorization: the
 * key alone in the `Authorization` header; trufflehog assemblyai, kingfisher assemblyai.yml): 32
 * lower-case hex with no prefix, so only a value right after an AssemblyAI label counts
 * (`ASSEMBLYAI_API_KEY=`, `aai.settings.api_key = "…"`). Checked on 0 public examples behind a label
 * (the 10 hits for `ASSEMBLYAI_API_KEY=` were all placeholders). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';

const ENV_VAR = 'ASSEMBLYAI_API_KEY';

export const assemblyaiRules: readonly Rule[] = [
  hexLabelledRule({
    id: 'assemblyai-api-key',
    provider: 'AssemblyAI',
    description: 'AssemblyAI API key',
    keywords: ['assemblyai', 'aai.settings'],
    lead: `(?:${labelLead([['assemblyai', 'assembly'], ['', 'ai'], ['', 'api'], ['key', 'token']])}|(?<![A-Za-z0-9])aai\\.settings\\.api_key[ \\t]{0,4}=[ \\t]{0,4}["'])`,
    body: '[0-9a-f]{32}',
    validation: '32 lower-case hex right after an AssemblyAI label (ASSEMBLYAI_API_KEY=…, aai.settings.api_key = …)',
    remediation: {
      revokeUrl: 'https://www.assemblyai.com/dashboard/api-keys',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(32, HEX_LOWER),
    contexts: (key) => [...labelledContexts(ENV_VAR, 'assemblyaiApiKey', 'assemblyai_api_key', key), `aai.settings.api_key = "${key}"`],
    negatives: (key) => [`ASSEMBLYAI_TRANSCRIPT_ID=${key}`, `request_hash = "${key}"`],
  }),
];
