/**
 * AssemblyAI API keys (https://www.assemblyai.com/docs/api-reference/overview#authorization: the
 * key alone in the `Authorization` header; trufflehog assemblyai, kingfisher assemblyai.yml): 32
 * lower-case hex with no prefix, so only a value right after an AssemblyAI label counts
 * (`ASSEMBLYAI_API_KEY=`, `aai.settings.api_key = "…"`). Checked on 6 public examples behind
 * `aai.settings.api_key` and 14 placeholders: every key is a version-4 UUID without dashes (`4` at
 * offset 12, `8`–`b` at offset 16), which the rule requires (peers accept any 32 [0-9a-z]). No checksum.
 */
import type { Rule } from '../types.js';
import { hexLabelledRule, labelLead, UUID_V4_HEX_SOURCE, uuidV4Hex } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';

const ENV_VAR = 'ASSEMBLYAI_API_KEY';

export const assemblyaiRules: readonly Rule[] = [
  hexLabelledRule({
    id: 'assemblyai-api-key',
    provider: 'AssemblyAI',
    description: 'AssemblyAI API key',
    keywords: ['assemblyai', 'aai.settings'],
    lead: `(?:${labelLead([['assemblyai', 'assembly'], ['', 'ai'], ['', 'api'], ['key', 'token']])}|(?<![A-Za-z0-9])aai\\.settings\\.api_key[ \\t]{0,4}=[ \\t]{0,4}["'])`,
    body: UUID_V4_HEX_SOURCE,
    validation: '32 lower-case hex (a dashless v4 UUID) right after an AssemblyAI label (ASSEMBLYAI_API_KEY=…, aai.settings.api_key = …)',
    remediation: {
      revokeUrl: 'https://www.assemblyai.com/dashboard/api-keys',
      envVar: ENV_VAR,
    },
    sampleSecret: uuidV4Hex,
    contexts: (key) => [...labelledContexts(ENV_VAR, 'assemblyaiApiKey', 'assemblyai_api_key', key), `aai.settings.api_key = "${key}"`],
    negatives: (key) => [`ASSEMBLYAI_TRANSCRIPT_ID=${key}`, `request_hash = "${key}"`, `ASSEMBLYAI_MODEL=${key.slice(0, 12)}5${key.slice(13)}`],
  }),
];
