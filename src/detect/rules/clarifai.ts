/**
 * Clarifai personal access tokens and app keys (https://docs.clarifai.com/control/authentication/pat:
 * `CLARIFAI_PAT`; trufflehog clarifai, kingfisher clarifai.yml): 32 lower-case hex with no prefix,
 * so only a value right after a Clarifai label counts (`CLARIFAI_PAT=`, `CLARIFAI_API_KEY=`).
 * Checked on 3 public examples behind `CLARIFAI_PAT` and 6 placeholders: each is a version-4 UUID
 * without dashes, which the rule requires (peers accept any 32 alphanumerics). No checksum.
 */
import type { Rule } from '../types.js';
import { hexLabelledRule, labelLead, UUID_V4_HEX_SOURCE, uuidV4Hex } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';

const ENV_VAR = 'CLARIFAI_PAT';

export const clarifaiRules: readonly Rule[] = [
  hexLabelledRule({
    id: 'clarifai-api-key',
    provider: 'Clarifai',
    description: 'Clarifai personal access token or API key',
    keywords: ['clarifai'],
    lead: labelLead([['clarifai'], ['', 'api', 'personal', 'access'], ['pat', 'key', 'token']]),
    body: UUID_V4_HEX_SOURCE,
    validation: '32 lower-case hex (a dashless v4 UUID) right after a Clarifai label (CLARIFAI_PAT=…, CLARIFAI_API_KEY=…)',
    remediation: {
      revokeUrl: 'https://clarifai.com/settings/security',
      envVar: ENV_VAR,
    },
    sampleSecret: uuidV4Hex,
    contexts: (key) => [...labelledContexts(ENV_VAR, 'clarifaiPat', 'clarifai_pat', key), `CLARIFAI_API_KEY=${key}`],
    negatives: (key) => [`CLARIFAI_APP_ID=${key}`, `CLARIFAI_USER_ID=${key}`],
  }),
];
